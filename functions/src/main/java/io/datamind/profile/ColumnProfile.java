package io.datamind.profile;

import io.datamind.classify.ColumnSemantics;
import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Optional;

/**
 * Statistics of one column. Only the block that fits the column's type family is set; the others are null.
 * Counts are exact over the rows profiled; estimated figures say so in their own record.
 *
 * @param rows             rows profiled (the basis of every figure)
 * @param uniquenessRatio  distinct values ÷ non-null values
 * @param topValues        most frequent values (at most 10), null for opaque types
 * @param samples          a few example values (at most 5), null for opaque types
 * @param semantics        what the column holds and how sensitive it is; samples and top values are masked by it
 * @param totals           in a hybrid profile, figures over every row of the table (the others describe the sample);
 *                         null otherwise
 */
public record ColumnProfile(
        String column,
        TypeFamily family,
        long rows,
        long nullCount,
        double nullRatio,
        DistinctCount distinct,
        Double uniquenessRatio,
        FrequentValues topValues,
        List<String> samples,
        NumericStats numeric,
        TemporalStats temporal,
        TextStats text,
        BooleanStats bool,
        SizeStats size,
        ColumnSemantics semantics,
        ColumnTotals totals) {

    /** A classified profile whose every figure describes the rows read. */
    public ColumnProfile(String column, TypeFamily family, long rows, long nullCount, double nullRatio,
                         DistinctCount distinct, Double uniquenessRatio, FrequentValues topValues, List<String> samples,
                         NumericStats numeric, TemporalStats temporal, TextStats text, BooleanStats bool, SizeStats size,
                         ColumnSemantics semantics) {
        this(column, family, rows, nullCount, nullRatio, distinct, uniquenessRatio, topValues, samples,
                numeric, temporal, text, bool, size, semantics, null);
    }

    /** A profile before classification. */
    public ColumnProfile(String column, TypeFamily family, long rows, long nullCount, double nullRatio,
                         DistinctCount distinct, Double uniquenessRatio, FrequentValues topValues, List<String> samples,
                         NumericStats numeric, TemporalStats temporal, TextStats text, BooleanStats bool, SizeStats size) {
        this(column, family, rows, nullCount, nullRatio, distinct, uniquenessRatio, topValues, samples,
                numeric, temporal, text, bool, size, null, null);
    }

    /**
     * The smallest and largest number over every row where a hybrid profile counted them (empty when it found none, or
     * NaN or an infinity), else the profile's own, the sample's when it sampled; empty when no value was read.
     */
    public Optional<ColumnTotals.NumberRange> numberRange() {
        if (totals != null) {
            return Optional.ofNullable(totals.numeric());
        }
        return numeric == null || rows == nullCount ? Optional.empty()
                : Optional.of(new ColumnTotals.NumberRange(numeric.min(), numeric.max()));
    }

    /** The earliest and latest date, timestamp or time, chosen as {@link #numberRange()} chooses. */
    public Optional<ColumnTotals.TimeRange> timeRange() {
        if (totals != null) {
            return Optional.ofNullable(totals.temporal());
        }
        return temporal == null || rows == nullCount ? Optional.empty()
                : Optional.of(new ColumnTotals.TimeRange(temporal.min(), temporal.max()));
    }

    public ColumnProfile withTotals(ColumnTotals figures) {
        return new ColumnProfile(column, family, rows, nullCount, nullRatio, distinct, uniquenessRatio, topValues,
                samples, numeric, temporal, text, bool, size, semantics, figures);
    }
}
