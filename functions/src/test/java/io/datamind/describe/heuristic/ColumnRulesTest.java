package io.datamind.describe.heuristic;

import static io.datamind.describe.TableBuilder.table;
import static io.datamind.scan.TypeFamily.BOOLEAN;
import static io.datamind.scan.TypeFamily.DATE;
import static io.datamind.scan.TypeFamily.DECIMAL;
import static io.datamind.scan.TypeFamily.INTEGER;
import static io.datamind.scan.TypeFamily.TEXT;
import static io.datamind.scan.TypeFamily.TIME;
import static io.datamind.scan.TypeFamily.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.describe.Profiles;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.DistinctCount;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.ValueCount;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each rule on its own, on one column of an "orders" table. */
class ColumnRulesTest {

    private static ColumnFacts facts(String column, TypeFamily family, ColumnProfile profile) {
        return facts(column, family, profile, false);
    }

    private static ColumnFacts facts(String column, TypeFamily family, ColumnProfile profile, boolean sampled) {
        TableSchema orders = table("shop", "orders").notNull("order_id", INTEGER).column(column, family)
                .primaryKey("order_id").build();
        return new ColumnFacts(orders, orders.column(column).orElseThrow(), profile, sampled,
                EntityNoun.fromTableName("orders"), NameWords.split(column), Optional.empty());
    }

    private static Optional<String> temporal(String column, TypeFamily family) {
        return new TemporalSubject().subject(facts(column, family, null));
    }

    @Test
    void temporalSubjectsReadAsEvents() {
        assertThat(temporal("return_date", TIMESTAMP)).contains("Date the order was returned");
        assertThat(temporal("shipped_at", TIMESTAMP)).contains("Date the order was shipped");
        assertThat(temporal("last_paid_on", DATE)).contains("Date the order was last paid");
        assertThat(temporal("invoice_sent_at", TIMESTAMP)).contains("Date the invoice was sent");
        assertThat(temporal("order_date", DATE)).contains("Date of the order");
        assertThat(temporal("date", DATE)).contains("Date of the order");
        assertThat(temporal("start_date", DATE)).contains("Start date of the order");
        assertThat(temporal("birth_date", DATE)).contains("Date of birth of the order");
        assertThat(temporal("pickup_time", TIME)).contains("Pickup time of the order");
        assertThat(temporal("due_dt", TEXT)).contains("Due date of the order");
        assertThat(temporal("status", TEXT)).isEmpty();
    }

    @Test
    void auditAndFlagSubjects() {
        assertThat(new AuditSubject().subject(facts("created_at", TIMESTAMP, null)))
                .contains("Date the order was created");
        assertThat(new AuditSubject().subject(facts("date_modified", DATE, null)))
                .contains("Date the order was last updated");
        assertThat(new AuditSubject().subject(facts("last_updated_by", TEXT, null)))
                .contains("User who last updated the order");
        assertThat(new AuditSubject().subject(facts("created_count", INTEGER, null))).isEmpty();
        assertThat(new BooleanSubject().subject(facts("is_paid", BOOLEAN, null))).contains("Whether the order is paid");
        assertThat(new BooleanSubject().subject(facts("can_ship", INTEGER, null))).contains("Whether the order can ship");
        assertThat(new BooleanSubject().subject(facts("gift_flag", TEXT, null))).contains("Whether the order is gift");
        assertThat(new BooleanSubject().subject(facts("verified", INTEGER, null)))
                .contains("Whether the order is verified");
        assertThat(new BooleanSubject().subject(facts("express", BOOLEAN, null))).contains("Whether the order is express");
        assertThat(new BooleanSubject().subject(facts("quantity", INTEGER, null))).isEmpty();
    }

    @Test
    void nullClauseCountsEmptyRows() {
        NullClause clause = new NullClause();

        assertThat(clause.clause(facts("note", TEXT, Profiles.plain("note", TEXT, 3_000, 0, 10)))).isEmpty();
        assertThat(clause.clause(facts("note", TEXT, null))).isEmpty();
        assertThat(clause.clause(facts("note", TEXT, Profiles.plain("note", TEXT, 3_000, 3_000, 0))))
                .contains("always empty");
        assertThat(clause.clause(facts("note", TEXT, Profiles.plain("note", TEXT, 3_000, 1_500, 10))))
                .contains("empty for 1,500 orders (50%)");
        assertThat(clause.clause(facts("closed_at", TIMESTAMP, Profiles.plain("closed_at", TIMESTAMP, 3_000, 1, 2_999))))
                .contains("empty for 1 order (<0.1%) that is still open");
        assertThat(clause.clause(facts("created_at", TIMESTAMP, Profiles.plain("created_at", TIMESTAMP, 10, 2, 8))))
                .contains("empty for 2 orders (20%)");
        assertThat(clause.clause(facts("note", TEXT, Profiles.plain("note", TEXT, 100, 100, 0), true)))
                .contains("empty in every sampled row");
    }

    @Test
    void valueListsOnlyForSmallRepeatedExactTextValueSets() {
        ValueListClause clause = new ValueListClause();

        assertThat(clause.clause(facts("status", TEXT, Profiles.values("status", 10, 0, "open=10"))))
                .contains("always open");
        // four values seen once each: names, not categories
        assertThat(clause.clause(facts("nickname", TEXT, Profiles.values("nickname", 4, 0, "a=1", "b=1", "c=1",
                "d=1")))).isEmpty();
        assertThat(clause.clause(facts("grade", TEXT, Profiles.values("grade", 1_000, 0, "a=100", "b=100", "c=100",
                "d=100", "e=100", "f=100", "g=100", "h=100", "i=200"))))
                .as("more than eight values").isEmpty();
        ColumnProfile inexact = new ColumnProfile("status", TEXT, 1_000, 0, 0, DistinctCount.exact(2), 0.002,
                new FrequentValues(List.of(new ValueCount("x", 600), new ValueCount("y", 400)), false), null, null,
                null, null, null, null);
        assertThat(clause.clause(facts("status", TEXT, inexact))).isEmpty();
        assertThat(clause.clause(facts("customer_id", TEXT, Profiles.values("customer_id", 100, 0, "a=50", "b=50"))))
                .as("identifiers are never listed").isEmpty();
    }

    @Test
    void rangesSkipKeysAndCollapseSingleValues() {
        RangeClause clause = new RangeClause();

        assertThat(clause.clause(facts("total", DECIMAL, Profiles.numeric("total", DECIMAL, 10, 0, 1, 5, 5))))
                .contains("always 5");
        assertThat(clause.clause(facts("total", DECIMAL, Profiles.numeric("total", DECIMAL, 10, 0, 10, -2.5, 16_044))))
                .contains("ranges from -2.5 to 16,044");
        assertThat(clause.clause(facts("order_id", INTEGER, Profiles.numeric("order_id", INTEGER, 10, 0, 10, 1, 10))))
                .isEmpty();
        assertThat(clause.clause(facts("placed_on", DATE, Profiles.temporal("placed_on", DATE, 10, 0, "2024-01-01",
                "2024-12-31")))).contains("ranges from 2024-01-01 to 2024-12-31");
        assertThat(clause.clause(facts("placed_at", TIMESTAMP, Profiles.temporal("placed_at", TIMESTAMP, 10, 0,
                "2024-01-01T08:00:00", "2024-01-01T17:30:00"))))
                .contains("ranges from 2024-01-01T08:00:00 to 2024-01-01T17:30:00");
    }

    @Test
    void booleanAndUniquenessClauses() {
        assertThat(new BooleanShareClause().clause(facts("is_gift", BOOLEAN, Profiles.bool("is_gift", 10, 10, 0))))
                .contains("always true");
        assertThat(new BooleanShareClause().clause(facts("is_gift", BOOLEAN, Profiles.bool("is_gift", 1_000, 250,
                750), true))).contains("true for about 25% of orders (sampled)");
        assertThat(new UniquenessClause().clause(facts("code", TEXT, Profiles.plain("code", TEXT, 9, 0, 9))))
                .as("too few values to call it unique").isEmpty();
        assertThat(new UniquenessClause().clause(facts("code", TEXT, Profiles.plain("code", TEXT, 50, 0, 50))))
                .contains("every value is different");
        assertThat(new UniquenessClause().clause(facts("code", TEXT, Profiles.plain("code", TEXT, 50, 0, 49))))
                .isEmpty();
    }
}
