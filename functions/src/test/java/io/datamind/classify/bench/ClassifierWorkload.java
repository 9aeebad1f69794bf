package io.datamind.classify.bench;

import io.datamind.classify.ColumnEvidence;
import io.datamind.scan.TypeFamily;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The columns the speed benchmark classifies: the labelled corpus at the profiler's 500-value sample size (every
 * semantic type, decoys, dirty values), plus what the 500-table workload is mostly made of — natively typed numbers,
 * dates, timestamps, booleans and UUIDs — and columns whose names promise personal data their values do not hold.
 * Built from a seed, so a seed rebuilds the same columns.
 */
public final class ClassifierWorkload {

    public static final long SEED = 8L;
    public static final int SAMPLE = 500;
    private static final long ROWS = 100_000;
    private static final List<String> STATUSES = List.of("active", "pending", "closed", "suspended", "ACTIVE");
    private static final List<String> PRODUCTS = List.of("Wireless Mouse", "Standing Desk", "Coffee Grinder", "Yoga Mat",
            "Desk Lamp", "Water Bottle", "Office Chair", "Travel Mug");
    private static final List<String> WORDS = List.of("lorem", "ipsum", "dolor", "sit", "amet", "consectetur",
            "adipiscing", "elit", "sed", "do", "eiusmod", "tempor");

    private final ValueSource v;
    private final List<ColumnEvidence> columns = new ArrayList<>();

    private ClassifierWorkload(long seed) {
        this.v = new ValueSource(new Random(seed));
    }

    public static List<ColumnEvidence> generate(long seed) {
        List<ColumnEvidence> all = new ArrayList<>();
        LabelledCorpus.generate(seed, SAMPLE).forEach(column -> all.add(column.evidence()));
        ClassifierWorkload workload = new ClassifierWorkload(seed);
        workload.nativeColumns();
        workload.promisingNames();
        all.addAll(workload.columns);
        return List.copyOf(all);
    }

    /**
     * The 20 columns of the 10M-row benchmark table {@code big_10m} (one of each column kind of the generated
     * workload, values of the same shapes as its SQL expressions), as its SAMPLE profile hands them over.
     */
    public static List<ColumnEvidence> bigTable(long seed) {
        ClassifierWorkload table = new ClassifierWorkload(seed);
        table.bigTableColumns();
        return List.copyOf(table.columns);
    }

    private void bigTableColumns() {
        List<String> first = List.of("Anna", "Ben", "Chloe", "David", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jonas",
                "Kofi", "Lena", "Mateo", "Nora", "Omar", "Priya");
        List<String> last = List.of("Smith", "Müller", "Garcia", "Nguyen", "Rossi", "Kowalski", "Okafor", "Tanaka",
                "Dubois", "Silva", "Jensen", "Novak");
        int[] row = {0};
        add("id", TypeFamily.INTEGER, () -> String.valueOf(1 + v.between(0, 9_999_999)));
        add("quantity", TypeFamily.INTEGER, () -> String.valueOf(v.between(0, 999)));
        add("external_ref", TypeFamily.INTEGER, () -> String.valueOf((long) (v.between(0.0, 1.0) * 1e12)));
        add("amount", TypeFamily.DECIMAL, () -> String.format(Locale.ROOT, "%.2f", v.between(0.0, 1000.0)));
        add("ratio", TypeFamily.DECIMAL, () -> String.valueOf(v.between(0.0, 100.0)));
        add("is_active", TypeFamily.BOOLEAN, () -> v.chance(0.5) ? "t" : "f");
        add("birth_date", TypeFamily.DATE, () -> LocalDate.of(2015, 1, 1).plusDays(v.between(0, 3649)).toString());
        add("created_at", TypeFamily.TIMESTAMP, () -> LocalDateTime.of(2020, 1, 1, 0, 0)
                .plusSeconds(v.between(0, 1500 * 86_400)).toString().replace('T', ' ') + "." + v.digits(6));
        add("updated_at", TypeFamily.TIMESTAMP, () -> LocalDateTime.of(2020, 1, 1, 0, 0)
                .plusSeconds(v.between(0, 1500 * 86_400)).toString().replace('T', ' ') + "." + v.digits(6) + "+00");
        add("status", TypeFamily.TEXT, () -> v.pick(List.of("active", "pending", "closed", "suspended", "ACTIVE")));
        add("notes", TypeFamily.TEXT, () -> "lorem ipsum ".repeat(v.between(1, 5)));
        add("guid", TypeFamily.UUID, () -> UUID.nameUUIDFromBytes(v.digits(10).getBytes()).toString());
        add("attributes", TypeFamily.JSON, () -> "{\"v\": " + v.between(0, 9) + ", \"tag\": \"" + v.pick(List.of("a", "b", "c")) + "\"}");
        add("email", TypeFamily.TEXT, () -> ++row[0] % 101 == 0 ? "user" + row[0] + "_at_example.com"
                : (v.pick(first) + "." + v.pick(last)).toLowerCase(Locale.ROOT) + row[0] + "@"
                + v.pick(List.of("example.com", "mail.test", "corp.example", "post.example.org")));
        add("phone", TypeFamily.TEXT, () -> String.format(Locale.ROOT, "+1-%03d-555-%04d", v.between(0, 999), v.between(0, 9999)));
        add("first_name", TypeFamily.TEXT, () -> v.pick(first));
        add("last_name", TypeFamily.TEXT, () -> v.pick(last));
        add("full_name", TypeFamily.TEXT, () -> v.pick(first) + " " + v.pick(last));
        add("street_address", TypeFamily.TEXT, () -> v.between(100, 9099) + " "
                + v.pick(List.of("Oak", "Maple", "Pine", "Cedar", "Elm", "Main", "High", "Park", "Lake", "Hill")) + " "
                + v.pick(List.of("Street", "Avenue", "Road", "Lane", "Boulevard")));
        add("iban", TypeFamily.TEXT, () -> v.pick(List.of("DE", "FR", "NL", "GB", "ES")) + String.format(Locale.ROOT, "%02d%010d%08d",
                v.between(0, 99), (long) (v.between(0.0, 1.0) * 1e10), (long) (v.between(0.0, 1.0) * 1e8)));
    }

    /** Columns as a database profile hands them over: typed values printed as text. */
    private void nativeColumns() {
        add("quantity", TypeFamily.INTEGER, () -> String.valueOf(v.between(0, 999)));
        add("external_ref", TypeFamily.INTEGER, () -> String.valueOf(v.between(1, Integer.MAX_VALUE - 1) * 397L));
        add("balance", TypeFamily.DECIMAL, () -> String.format(Locale.ROOT, "%.2f", v.between(0.0, 1000.0)));
        add("weight", TypeFamily.DECIMAL, () -> String.valueOf(v.between(0.0, 100.0)));
        add("is_deleted", TypeFamily.BOOLEAN, () -> String.valueOf(v.chance(0.5)));
        add("start_date", TypeFamily.DATE, () -> LocalDate.of(2015, 1, 1).plusDays(v.between(0, 3650)).toString());
        add("created_at", TypeFamily.TIMESTAMP, () -> LocalDateTime.of(2020, 1, 1, 0, 0)
                .plusSeconds(v.between(0, 1500 * 86_400)).toString().replace('T', ' ') + "." + v.digits(3));
        add("event_time", TypeFamily.TIMESTAMP, () -> LocalDateTime.of(2020, 1, 1, 0, 0)
                .plusSeconds(v.between(0, 1500 * 86_400)).toString().replace('T', ' ') + "+00");
        add("session_id", TypeFamily.UUID, () -> UUID.nameUUIDFromBytes(v.digits(10).getBytes()).toString());
        add("status", TypeFamily.TEXT, () -> v.pick(STATUSES));
        add("notes", TypeFamily.TEXT, () -> "lorem ipsum ".repeat(v.between(1, 5)).strip());
    }

    /** Names that say e-mail, phone, SSN, name, address or birth date over values that are none of these. */
    private void promisingNames() {
        add("email", TypeFamily.TEXT, () -> v.pick(STATUSES));
        add("phone", TypeFamily.TEXT, () -> String.format(Locale.ROOT, "%.2f", v.between(0.0, 99999.0)));
        add("ssn", TypeFamily.TEXT, () -> v.pick(WORDS) + " " + v.pick(WORDS));
        add("first_name", TypeFamily.TEXT, () -> "SKU-" + v.digits(6));
        add("customer_name", TypeFamily.TEXT, () -> v.pick(PRODUCTS) + " " + v.between(1, 20));
        add("address", TypeFamily.TEXT, () -> UUID.nameUUIDFromBytes(v.digits(8).getBytes()).toString());
        add("date_of_birth", TypeFamily.TEXT, () -> v.pick(WORDS) + " " + v.between(1, 99));
        add("iban", TypeFamily.TEXT, () -> v.digits(v.between(8, 22)));
        add("credit_card", TypeFamily.TEXT, () -> v.digits(16));
        add("ip_address", TypeFamily.TEXT, () -> v.between(1, 9) + "." + v.between(0, 30) + "." + v.between(0, 99));
        add("username", TypeFamily.TEXT, () -> String.join(" ", v.pick(WORDS), v.pick(WORDS), v.pick(WORDS), v.pick(WORDS)));
        add("mobile", TypeFamily.INTEGER, () -> String.valueOf(v.between(0, 5000)));
    }

    private void add(String name, TypeFamily family, Supplier<String> values) {
        List<String> sample = new ArrayList<>(SAMPLE);
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(values.get());
        }
        int sampleDistinct = new HashSet<>(sample).size();
        long distinct = sampleDistinct <= 30 ? sampleDistinct : Math.round(ROWS * sampleDistinct / (double) SAMPLE);
        columns.add(new ColumnEvidence(name, family, sample, ROWS, distinct));
    }
}
