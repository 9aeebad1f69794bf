package io.datamind.describe.heuristic;

import static io.datamind.describe.TableBuilder.ref;
import static io.datamind.describe.TableBuilder.table;
import static io.datamind.scan.TypeFamily.BOOLEAN;
import static io.datamind.scan.TypeFamily.DECIMAL;
import static io.datamind.scan.TypeFamily.FLOAT;
import static io.datamind.scan.TypeFamily.INTEGER;
import static io.datamind.scan.TypeFamily.TEXT;
import static io.datamind.scan.TypeFamily.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Description;
import io.datamind.describe.Profiles;
import io.datamind.describe.TableDescription;
import io.datamind.profile.BooleanStats;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Descriptions of a million-row table from a hybrid profile whose 2,000-row sample missed what is rare: the NULLs, true
 * values and extremes the sentences state are the totals' over every row, without "about" or "(sampled)".
 */
class HybridDescriptionTest {

    private static final TableRef ORDERS = ref("shop", "orders");
    private static final long SAMPLE = 2_000;
    private static final long ROWS = 1_000_000;

    private final HeuristicDescriber describer = new HeuristicDescriber();

    private static TableSchema orders() {
        return table("shop", "orders").notNull("order_id", INTEGER).column("return_date", TIMESTAMP)
                .column("is_gift", BOOLEAN).column("amount", DECIMAL).column("discount", FLOAT).column("fax", TEXT)
                .column("legacy_code", TEXT).column("note", TEXT).primaryKey("order_id").estimatedRows(950_000).build();
    }

    private static TableDescription describe(HeuristicDescriber describer, ColumnProfile... columns) {
        return describer.describe(new DescribeRequest(orders(), Profiles.hybrid(ORDERS, SAMPLE, ROWS, columns), List.of()));
    }

    private static String text(TableDescription d, String column) {
        return d.column(column).map(Description::text).orElseThrow();
    }

    private static ColumnTotals totals(long nulls, ColumnTotals.NumberRange numeric, ColumnTotals.TimeRange temporal,
                                       BooleanStats bool) {
        return new ColumnTotals(nulls, (double) nulls / ROWS, numeric, temporal, null, bool, null);
    }

    @Test
    void theTableSentenceStatesTheRowsCountedNotTheCatalogsEstimate() {
        TableDescription d = describe(describer);

        assertThat(d.description().text()).isEqualTo("One row per order (1,000,000 rows), identified by order_id.");
    }

    @Test
    void nullsAreCountedOverEveryRowEvenWhereTheSampleSawNone() {
        TableDescription d = describe(describer,
                Profiles.plain("return_date", TIMESTAMP, SAMPLE, 0, SAMPLE).withTotals(Profiles.totals(ROWS, 183)),
                Profiles.plain("fax", TEXT, SAMPLE, SAMPLE, 0).withTotals(Profiles.totals(ROWS, 999_000)),
                Profiles.plain("legacy_code", TEXT, SAMPLE, SAMPLE, 0).withTotals(Profiles.totals(ROWS, ROWS)),
                Profiles.plain("note", TEXT, SAMPLE, 30, 1_900).withTotals(Profiles.totals(ROWS, 0)));

        assertThat(text(d, "return_date")).isEqualTo(
                "Date the order was returned; empty for 183 orders (<0.1%) that are still open.");
        assertThat(text(d, "fax")).endsWith("; empty for 999,000 orders (99.9%).");
        assertThat(text(d, "legacy_code")).endsWith("; always empty.");
        assertThat(text(d, "note")).doesNotContain("empty");
    }

    @Test
    void rangesAreTheExtremesOfEveryRow() {
        TableDescription d = describe(describer,
                Profiles.temporal("return_date", TIMESTAMP, SAMPLE, 0, "2024-01-01T00:00:00", "2024-06-30T00:00:00")
                        .withTotals(totals(0, null,
                                new ColumnTotals.TimeRange("2019-03-02T08:00:00", "2024-12-31T23:59:59"), null)),
                Profiles.numeric("amount", DECIMAL, SAMPLE, 0, 900, 0.99, 11.99)
                        .withTotals(totals(0, new ColumnTotals.NumberRange(0, 999.99), null, null)),
                Profiles.numeric("discount", FLOAT, SAMPLE, 0, 50, 0, 0.5).withTotals(totals(0, null, null, null)));

        assertThat(text(d, "return_date")).isEqualTo("Date the order was returned; ranges from 2019-03-02 to 2024-12-31.");
        assertThat(text(d, "amount")).endsWith("; ranges from 0 to 999.99.");
        assertThat(text(d, "discount")).as("NaN or an infinity: no range holds").doesNotContain("ranges");
    }

    @Test
    void aFlagsShareIsCountedOverEveryRow() {
        TableDescription d = describe(describer, Profiles.bool("is_gift", SAMPLE, 0, SAMPLE)
                .withTotals(totals(0, null, null, new BooleanStats(12, ROWS - 12))));

        assertThat(text(d, "is_gift")).isEqualTo("Whether the order is gift; true for 12 orders (<0.1%).");
    }

    @Test
    void theSameSampleWithoutTotalsStillSaysItWasSampled() {
        TableProfile sampled = Profiles.sampled(ORDERS, SAMPLE, Profiles.plain("fax", TEXT, SAMPLE, 1_998, 2),
                Profiles.bool("is_gift", SAMPLE, 0, SAMPLE));
        TableDescription d = describer.describe(new DescribeRequest(orders(), sampled, List.of()));

        assertThat(d.description().text()).isEqualTo("One row per order (about 950,000 rows), identified by order_id.");
        assertThat(text(d, "fax")).endsWith("; empty for about 99.9% of orders (sampled).");
        assertThat(text(d, "is_gift")).endsWith("; always false.");
    }
}
