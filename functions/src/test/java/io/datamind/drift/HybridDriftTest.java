package io.datamind.drift;

import static io.datamind.drift.DriftDetectorTest.dictionary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.datamind.docs.TableEntry;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.DistinctCount;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableTotals;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs of a million-row table profiled as a sample, in full or hybrid. Each figure is compared with the other run's on
 * one basis, so switching profile modes reports no shift; two hybrid runs compare their counts over every row, which
 * catch what their samples both missed.
 */
class HybridDriftTest {

    private static final TableRef CUSTOMER = new TableRef("sales", "customer");
    private static final long SAMPLE = 2_000;
    /** The catalog's estimate, which stale statistics leave unchanged between runs. */
    private static final long ESTIMATE = 1_000_000;

    private final DriftDetector detector = new DriftDetector();

    private List<Change> compare(TableEntry before, TableEntry after) {
        return detector.compare(dictionary("run-1", before), dictionary("run-2", after), DriftThresholds.DEFAULTS)
                .changes();
    }

    @Test
    void aSampledRunFollowedByAHybridOneComparesTheirSamplesAndTheCatalogsRows() {
        TableEntry sampled = sampled(0);
        TableEntry hybrid = hybrid(0, 1_300_000, 390_000);

        // over every row 30% of the e-mails and 1.3 million rows; the previous run's sample cannot say how many then
        assertThat(compare(sampled, hybrid)).isEmpty();
        assertThat(compare(hybrid, sampled)).isEmpty();
    }

    @Test
    void twoHybridRunsCompareTheCountsOfEveryRow() {
        // both samples saw no NULL and the catalog's estimate did not move: only the totals show the change
        assertThat(compare(hybrid(0, 1_000_000, 50_000), hybrid(0, 1_500_000, 450_000))).containsExactly(
                new Change(ChangeKind.ROW_COUNT_SHIFT, CUSTOMER, null, "1000000", "1500000",
                        "Row count changed from 1000000 to 1500000 (+50%)."),
                new Change(ChangeKind.NULL_RATIO_SHIFT, CUSTOMER, "email", "5.0%", "30.0%",
                        "Column email's null ratio moved from 5.0% to 30.0%."));
    }

    @Test
    void aFullRunFollowedByAHybridOneComparesTheirCountsOfEveryRow() {
        TableEntry full = full(1_000_000, 100_000);

        // the samples' 40% and 10% NULLs are noise beside the 10% and 30% counted over every row
        assertThat(compare(full, hybrid(800, 1_000_000, 100_000))).isEmpty();
        assertThat(compare(full, hybrid(200, 1_000_000, 300_000)))
                .extracting(Change::kind, Change::before, Change::after)
                .containsExactly(tuple(ChangeKind.NULL_RATIO_SHIFT, "10.0%", "30.0%"));
    }

    private static TableEntry sampled(long sampleNulls) {
        return entry(new TableProfile(CUSTOMER, true, "TABLESAMPLE SYSTEM (1)", SAMPLE, 1,
                List.of(email(SAMPLE, sampleNulls))));
    }

    /** A sample with {@code sampleNulls} e-mails missing, and {@code nulls} of {@code rows} counted over every row. */
    private static TableEntry hybrid(long sampleNulls, long rows, long nulls) {
        ColumnProfile email = email(SAMPLE, sampleNulls)
                .withTotals(new ColumnTotals(nulls, (double) nulls / rows, null, null, 0L, null, null));
        return entry(new TableProfile(CUSTOMER, true, "TABLESAMPLE SYSTEM (1)", SAMPLE, 1, List.of(email),
                new TableTotals(rows, 1)));
    }

    private static TableEntry full(long rows, long nulls) {
        return entry(new TableProfile(CUSTOMER, false, "full scan", rows, 1, List.of(email(rows, nulls))));
    }

    /** An e-mail column of {@code rows} read, each non-null one distinct. */
    private static ColumnProfile email(long rows, long nulls) {
        return new ColumnProfile("email", TypeFamily.TEXT, rows, nulls, (double) nulls / rows,
                DistinctCount.exact(rows - nulls), null, null, null, null, null, null, null, null);
    }

    private static TableEntry entry(TableProfile profile) {
        ColumnSchema email = new ColumnSchema(1, "email", "text", TypeFamily.TEXT, true, null, null, false, false, null);
        TableSchema schema = new TableSchema(CUSTOMER, TableKind.TABLE, null, List.of(email), null, List.of(), List.of(),
                List.of(), RowCount.estimated(ESTIMATE), List.of(), null);
        return new TableEntry(CUSTOMER, schema, profile, null, null);
    }
}
