package io.datamind.classify.detect;

import io.datamind.classify.ColumnEvidence;
import io.datamind.classify.validators.TextDates;
import io.datamind.classify.validators.WeightedValues;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A column as detectors see it: its parsed name, its family and its sampled values, trimmed, blanks dropped.
 * Shares are computed over the distinct values weighted by their counts, so each check runs once per distinct
 * value. Built for one classification and used by one thread.
 */
public final class ColumnContext {

    private final ColumnName name;
    private final TypeFamily family;
    private final List<String> values;
    private final WeightedValues weighted;
    private final long nonNullCount;
    private final long distinctCount;
    private final int sampleDistinct;
    private Optional<TextDates.FormatMatch> dateFormat;

    public ColumnContext(ColumnEvidence evidence) {
        this.name = ColumnName.of(evidence.name());
        this.family = evidence.family() == null ? TypeFamily.OTHER : evidence.family();
        this.values = family.isOpaque() ? List.of() : stripped(evidence.values());
        this.weighted = WeightedValues.of(values);
        this.nonNullCount = evidence.nonNullCount();
        this.distinctCount = evidence.distinctCount();
        this.sampleDistinct = weighted.distinctCount();
    }

    private static List<String> stripped(List<String> raw) {
        List<String> values = new ArrayList<>(raw.size());
        for (String value : raw) {
            if (value != null) {
                String strippedValue = value.strip();
                if (!strippedValue.isEmpty()) {
                    values.add(strippedValue);
                }
            }
        }
        return List.copyOf(values);
    }

    public ColumnName name() {
        return name;
    }

    public TypeFamily family() {
        return family;
    }

    public List<String> values() {
        return values;
    }

    /** Values arrive as text we must interpret: text columns, and every column of a file source. */
    public boolean isTextual() {
        return family == TypeFamily.TEXT || family == TypeFamily.OTHER;
    }

    public boolean hasValues() {
        return !values.isEmpty();
    }

    /** Share of sampled values the predicate accepts (0 for an empty sample). */
    public double share(Predicate<String> predicate) {
        return weighted.share(predicate);
    }

    /** The date/time format that parses most sampled values, if it parses enough; computed once, several detectors ask. */
    public Optional<TextDates.FormatMatch> dateFormat() {
        if (dateFormat == null) {
            dateFormat = TextDates.bestFormat(weighted, Scoring.MIN_MATCH_RATIO);
        }
        return dateFormat;
    }

    /**
     * Share of sampled values the predicate accepts when it is at least {@code minimum}; -1 as soon as the
     * rejected values make that impossible, so a failing validator stops after a fifth of an 80% sample.
     */
    public double shareIfAtLeast(Predicate<String> predicate, double minimum) {
        return weighted.shareIfAtLeast(predicate, minimum);
    }

    /** Distinct sampled values the predicate accepts: placeholders such as "n/a" do not count. */
    public long distinctAccepted(Predicate<String> predicate) {
        return weighted.distinctAccepted(predicate);
    }

    public int sampleDistinct() {
        return sampleDistinct;
    }

    /** Distinct values in the whole column, or in the sample when the profile did not count them. */
    public long distinctCount() {
        return distinctCount > 0 ? distinctCount : sampleDistinct;
    }

    public long nonNullCount() {
        return nonNullCount > 0 ? nonNullCount : values.size();
    }

    /** Distinct ÷ non-null over the column (over the sample when counts are missing). */
    public double uniqueness() {
        long rows = nonNullCount();
        return rows == 0 ? 0 : Math.min(1.0, distinctCount() / (double) rows);
    }

    /** Distinct ÷ size within the sample: how repetitive the sampled values are. */
    public double sampleUniqueness() {
        return values.isEmpty() ? 0 : sampleDistinct / (double) values.size();
    }
}
