package io.datamind.bench;

import java.util.List;

/**
 * A column shape of the generated workload: its SQL type, the names such columns carry in real schemas, and
 * a server-side expression of the row number {@code g} (a bigint from generate_series) that fills it.
 * Values come from {@code random()} after a per-table {@code setseed}, so a seed rebuilds the same rows.
 * Dirty rows are planted at fixed residues of {@code g} so that tests can count them exactly.
 */
enum ColumnKind {
    INT("integer", List.of("quantity", "score", "age", "level", "rank", "attempts")) {
        String expression(String g, int ordinal) { return "floor(random()*1000)::int"; }
    },
    BIGINT("bigint", List.of("external_ref", "counter", "bytes_used", "legacy_id")) {
        String expression(String g, int ordinal) { return "floor(random()*1e12)::bigint"; }
    },
    AMOUNT("numeric(12,2)", List.of("amount", "price", "balance", "total", "discount")) {
        String expression(String g, int ordinal) {
            return "CASE WHEN " + g + " % " + OUTLIER_EVERY + " = 0 THEN 9999999.99"
                    + " ELSE round((random()*1000)::numeric, 2) END";
        }
    },
    DOUBLE("double precision", List.of("ratio", "weight", "latitude", "longitude", "temperature")) {
        String expression(String g, int ordinal) { return "random()*100"; }
    },
    BOOLEAN("boolean", List.of("is_active", "verified", "opted_in", "is_deleted")) {
        String expression(String g, int ordinal) {
            return "CASE WHEN " + g + " % 23 = 0 THEN NULL ELSE random() < 0.5 END";
        }
    },
    DATE("date", List.of("birth_date", "start_date", "due_date", "valid_from")) {
        String expression(String g, int ordinal) {
            return "CASE WHEN " + g + " % " + FUTURE_DATE_EVERY + " = 0 THEN date '2099-12-31'"
                    + " ELSE date '2015-01-01' + floor(random()*3650)::int END";
        }
    },
    TIMESTAMP("timestamp", List.of("created_at", "shipped_at", "last_login")) {
        String expression(String g, int ordinal) {
            return "timestamp '2020-01-01' + random() * interval '1500 days'";
        }
    },
    TIMESTAMPTZ("timestamptz", List.of("updated_at", "event_time", "synced_at")) {
        String expression(String g, int ordinal) {
            return "timestamptz '2020-01-01 00:00:00+00' + random() * interval '1500 days'";
        }
    },
    STATUS("varchar(20)", List.of("status", "state", "category", "tier")) {
        String expression(String g, int ordinal) {
            return pick("'active','pending','closed','suspended','ACTIVE',''");
        }
    },
    TEXT("text", List.of("notes", "description", "comment", "remarks")) {
        String expression(String g, int ordinal) {
            return "CASE WHEN " + g + " % 17 = 0 THEN NULL ELSE repeat('lorem ipsum ', 1 + floor(random()*5)::int) END";
        }
    },
    UUID("uuid", List.of("guid", "correlation_id", "session_id")) {
        String expression(String g, int ordinal) { return "md5(" + g + "::text || ':" + ordinal + "')::uuid"; }
    },
    JSONB("jsonb", List.of("attributes", "metadata", "settings")) {
        String expression(String g, int ordinal) {
            return "jsonb_build_object('v', floor(random()*10)::int, 'tag', " + pick("'a','b','c'") + ")";
        }
    },
    EMAIL("varchar(120)", List.of("email", "contact_email", "billing_email")) {
        String expression(String g, int ordinal) {
            return "CASE WHEN " + g + " % " + INVALID_EMAIL_EVERY + " = 0 THEN 'user' || " + g + " || '_at_example.com'"
                    + " WHEN " + g + " % 53 = 0 THEN '' WHEN " + g + " % 47 = 0 THEN NULL"
                    + " ELSE lower(" + pick(FIRST_NAMES) + ") || '.' || lower(" + pick(LAST_NAMES) + ") || " + g
                    + " || '@' || " + pick("'example.com','mail.test','corp.example','post.example.org'") + " END";
        }
    },
    PHONE("varchar(30)", List.of("phone", "mobile", "fax")) {
        String expression(String g, int ordinal) {
            return "'+1-' || lpad(floor(random()*1000)::int::text, 3, '0') || '-555-'"
                    + " || lpad(floor(random()*10000)::int::text, 4, '0')";
        }
    },
    FIRST_NAME("varchar(40)", List.of("first_name", "given_name")) {
        String expression(String g, int ordinal) { return pick(FIRST_NAMES); }
    },
    LAST_NAME("varchar(40)", List.of("last_name", "surname", "family_name")) {
        String expression(String g, int ordinal) { return pick(LAST_NAMES); }
    },
    FULL_NAME("varchar(80)", List.of("full_name", "customer_name", "contact_name")) {
        String expression(String g, int ordinal) { return pick(FIRST_NAMES) + " || ' ' || " + pick(LAST_NAMES); }
    },
    ADDRESS("varchar(120)", List.of("street_address", "address_line1", "shipping_address")) {
        String expression(String g, int ordinal) {
            return "(100 + floor(random()*9000)::int)::text || ' ' || "
                    + pick("'Oak','Maple','Pine','Cedar','Elm','Main','High','Park','Lake','Hill'")
                    + " || ' ' || " + pick("'Street','Avenue','Road','Lane','Boulevard'");
        }
    },
    IBAN("varchar(34)", List.of("iban", "bank_account")) {
        String expression(String g, int ordinal) {
            return pick("'DE','FR','NL','GB','ES'") + " || lpad(floor(random()*100)::int::text, 2, '0')"
                    + " || lpad(floor(random()*1e10)::bigint::text, 10, '0')"
                    + " || lpad(floor(random()*1e8)::bigint::text, 8, '0')";
        }
    };

    static final int INVALID_EMAIL_EVERY = 101;
    static final int OUTLIER_EVERY = 499;
    static final int FUTURE_DATE_EVERY = 211;

    private static final String FIRST_NAMES =
            "'Anna','Ben','Chloe','David','Emma','Farid','Grace','Hugo','Ines','Jonas','Kofi','Lena','Mateo','Nora','Omar','Priya'";
    private static final String LAST_NAMES =
            "'Smith','Müller','Garcia','Nguyen','Rossi','Kowalski','Okafor','Tanaka','Dubois','Silva','Jensen','Novak'";

    private final String sqlType;
    private final List<String> names;

    ColumnKind(String sqlType, List<String> names) {
        this.sqlType = sqlType;
        this.names = names;
    }

    String sqlType() { return sqlType; }

    List<String> names() { return names; }

    abstract String expression(String g, int ordinal);

    boolean isPii() {
        return switch (this) {
            case EMAIL, PHONE, FIRST_NAME, LAST_NAME, FULL_NAME, ADDRESS, IBAN -> true;
            default -> false;
        };
    }

    private static String pick(String quotedValues) {
        int count = quotedValues.split(",").length;
        return "(ARRAY[" + quotedValues + "])[1 + floor(random()*" + count + ")::int]";
    }
}
