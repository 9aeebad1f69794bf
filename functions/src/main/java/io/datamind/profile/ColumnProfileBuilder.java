package io.datamind.profile;

import io.datamind.scan.TypeFamily;
import java.util.List;

/** Assembles a {@link ColumnProfile}: the common figures plus the one block a family sets. */
final class ColumnProfileBuilder {

    private final String column;
    private final TypeFamily family;
    private final long rows;
    private final long nullCount;
    private DistinctCount distinct;
    private FrequentValues topValues;
    private List<String> samples;
    private NumericStats numeric;
    private TemporalStats temporal;
    private TextStats text;
    private BooleanStats bool;
    private SizeStats size;

    ColumnProfileBuilder(String column, TypeFamily family, long rows, long nullCount) {
        this.column = column;
        this.family = family;
        this.rows = rows;
        this.nullCount = nullCount;
    }

    long nonNull() {
        return rows - nullCount;
    }

    ColumnProfileBuilder values(DistinctCount distinct, FrequentValues topValues, List<String> samples) {
        this.distinct = distinct;
        this.topValues = topValues;
        this.samples = samples;
        return this;
    }

    ColumnProfileBuilder numeric(NumericStats numeric) {
        this.numeric = numeric;
        return this;
    }

    ColumnProfileBuilder temporal(TemporalStats temporal) {
        this.temporal = temporal;
        return this;
    }

    ColumnProfileBuilder text(TextStats text) {
        this.text = text;
        return this;
    }

    ColumnProfileBuilder bool(BooleanStats bool) {
        this.bool = bool;
        return this;
    }

    ColumnProfileBuilder size(SizeStats size) {
        this.size = size;
        return this;
    }

    ColumnProfile build() {
        double nullRatio = rows == 0 ? 0.0 : (double) nullCount / rows;
        long nonNull = nonNull();
        DistinctCount distinct = this.distinct == null ? null : this.distinct.cappedAt(nonNull);
        Double uniqueness = distinct == null || nonNull == 0 ? null : (double) distinct.value() / nonNull;
        return new ColumnProfile(column, family, rows, nullCount, nullRatio, distinct, uniqueness,
                topValues, samples, numeric, temporal, text, bool, size);
    }
}
