package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * What "the merged profile equals the single-pass profile" means, shared by the tests that merge slices (in one JVM,
 * or across Lambda invocations through S3): exact figures exactly, floating-point sums and moments to rounding, sketch
 * figures within the sketches' error bounds, checked against SQL on the table itself.
 */
public final class MergedProfiles {

    private MergedProfiles() {
    }

    /** Rows, nulls, text, booleans, sizes, temporal figures, exact distinct sets and top values, min/max, zeros. */
    public static void assertExactFiguresEqual(TableProfile single, TableProfile merged) {
        assertThat(merged.rowsProfiled()).isEqualTo(single.rowsProfiled());
        assertThat(merged.sampled()).isEqualTo(single.sampled());
        assertThat(merged.columns()).extracting(ColumnProfile::column)
                .containsExactlyElementsOf(single.columns().stream().map(ColumnProfile::column).toList());
        for (ColumnProfile one : single.columns()) {
            ColumnProfile both = merged.column(one.column()).orElseThrow();
            assertThat(both.rows()).as(one.column()).isEqualTo(one.rows());
            assertThat(both.nullCount()).as(one.column()).isEqualTo(one.nullCount());
            assertThat(both.text()).as(one.column()).isEqualTo(one.text());
            assertThat(both.bool()).as(one.column()).isEqualTo(one.bool());
            assertThat(both.size()).as(one.column()).isEqualTo(one.size());
            if (one.temporal() != null) {
                assertThat(both.temporal()).as(one.column()).isEqualTo(one.temporal());
            }
            if (one.distinct() != null && one.distinct().exact()) {
                assertThat(both.distinct()).as(one.column()).isEqualTo(one.distinct());
            }
            if (one.topValues() != null && one.topValues().exact()) {
                assertThat(both.topValues()).as(one.column()).isEqualTo(one.topValues());
            }
            if (one.numeric() != null) {
                NumericStats a = one.numeric();
                NumericStats b = both.numeric();
                assertThat(b.min()).as(one.column()).isEqualTo(a.min());
                assertThat(b.max()).as(one.column()).isEqualTo(a.max());
                assertThat(b.zeros()).as(one.column()).isEqualTo(a.zeros());
                assertThat(b.negatives()).as(one.column()).isEqualTo(a.negatives());
                assertThat(b.sum()).as(one.column()).isCloseTo(a.sum(), within(Math.abs(a.sum()) * 1e-12 + 1e-9));
                assertThat(b.mean()).as(one.column()).isCloseTo(a.mean(), within(Math.abs(a.mean()) * 1e-12 + 1e-9));
                assertThat(b.stddev()).as(one.column()).isCloseTo(a.stddev(), within(a.stddev() * 1e-9));
            }
        }
    }

    /**
     * Estimated distinct counts within the HLL tolerance of the single pass; quantiles and histogram bins of the
     * numeric columns within the KLL rank error of the table's true ranks (PostgreSQL, {@code admin} reads the table).
     */
    public static void assertSketchFiguresWithinBounds(TableProfile single, TableProfile merged, Connection admin,
                                                       String qualifiedTable, List<String> numericColumns)
            throws SQLException {
        for (ColumnProfile one : single.columns()) {
            ColumnProfile both = merged.column(one.column()).orElseThrow();
            if (one.distinct() != null && !one.distinct().exact()) {
                assertThat((double) both.distinct().value()).as("%s distinct estimate", one.column())
                        .isCloseTo(one.distinct().value(), within(one.distinct().value() * IndependentFigures.HLL_TOLERANCE));
            }
        }
        IndependentFigures sql = new IndependentFigures(admin, qualifiedTable, id -> '"' + id + '"', "CHAR_LENGTH");
        for (String column : numericColumns) {
            sql.assertQuantiles(merged, column);
            sql.assertHistogram(merged, column);
        }
    }
}
