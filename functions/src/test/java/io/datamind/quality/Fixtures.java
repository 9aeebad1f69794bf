package io.datamind.quality;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.PiiCategory;
import io.datamind.classify.SemanticType;
import io.datamind.classify.Sensitivity;
import io.datamind.profile.BooleanStats;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.DistinctCount;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.NumericStats;
import io.datamind.profile.Quantiles;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableTotals;
import io.datamind.profile.TemporalStats;
import io.datamind.profile.TextStats;
import io.datamind.profile.ValueCount;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.UniqueConstraint;
import io.datamind.scan.postgres.PostgresDialect;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built catalog, profile and classification records (the real readers are written elsewhere). */
public final class Fixtures {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    public static final ExampleMasker MASK = (column, v) -> Optional.of("m:" + v);

    private Fixtures() {
    }

    public static ColumnSchema column(int ordinal, String name, TypeFamily family) {
        return new ColumnSchema(ordinal, name, family.name().toLowerCase(), family, true, null, null, false, false, null);
    }

    /** Builds a TableSchema; columns numbered in order. */
    public static final class Schema {
        private final TableRef table;
        private final List<ColumnSchema> columns = new ArrayList<>();
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniques = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private long rows;

        public Schema(String schema, String name) {
            this.table = new TableRef(schema, name);
        }

        public Schema column(String name, TypeFamily family) {
            columns.add(Fixtures.column(columns.size() + 1, name, family));
            return this;
        }

        public Schema primaryKey(String... cols) {
            primaryKey = new PrimaryKey("pk_" + table.name(), Arrays.asList(cols));
            return this;
        }

        public Schema unique(String col) {
            uniques.add(new UniqueConstraint("uq_" + col, List.of(col)));
            return this;
        }

        public Schema foreignKey(String col, TableRef target, String targetCol) {
            foreignKeys.add(new ForeignKey("fk_" + col, List.of(col), target, List.of(targetCol)));
            return this;
        }

        /** A foreign key the database says it validated and enforces. */
        public Schema validatedForeignKey(String col, TableRef target, String targetCol) {
            foreignKeys.add(new ForeignKey("fk_" + col, List.of(col), target, List.of(targetCol), true));
            return this;
        }

        public Schema rows(long exactRows) {
            rows = exactRows;
            return this;
        }

        public TableSchema build() {
            return new TableSchema(table, TableKind.TABLE, null, columns, primaryKey, uniques, foreignKeys, List.of(),
                    RowCount.exact(rows), List.of(), null);
        }
    }

    /** Builds a ColumnProfile; every figure not set stays empty. */
    public static final class Column {
        private final String name;
        private final TypeFamily family;
        private final long rows;
        private long nulls;
        private DistinctCount distinct;
        private FrequentValues top;
        private NumericStats numeric;
        private TemporalStats temporal;
        private TextStats text;
        private BooleanStats bool;
        private ColumnTotals totals;

        public Column(String name, TypeFamily family, long rows) {
            this.name = name;
            this.family = family;
            this.rows = rows;
        }

        public Column nulls(long count) {
            nulls = count;
            return this;
        }

        public Column distinct(long count) {
            distinct = DistinctCount.exact(count);
            return this;
        }

        public Column estimatedDistinct(long count) {
            distinct = new DistinctCount(count, false, count - 1, count + 1);
            return this;
        }

        public Column top(Object... valueCountPairs) {
            List<ValueCount> values = new ArrayList<>();
            for (int i = 0; i < valueCountPairs.length; i += 2) {
                values.add(new ValueCount(String.valueOf(valueCountPairs[i]), ((Number) valueCountPairs[i + 1]).longValue()));
            }
            top = new FrequentValues(values, true);
            return this;
        }

        public Column numeric(double min, double max, double mean, double stddev, long zeros, Quantiles quantiles) {
            numeric = new NumericStats(min, max, mean, stddev, 0, zeros, min < 0 ? 1 : 0, quantiles, null);
            return this;
        }

        public Column temporal(String min, String max) {
            temporal = new TemporalStats(min, max, "year", List.of());
            return this;
        }

        public Column text(int minLength, int maxLength, long empty, Object... shapeCountPairs) {
            List<ValueCount> shapes = new ArrayList<>();
            for (int i = 0; i < shapeCountPairs.length; i += 2) {
                shapes.add(new ValueCount((String) shapeCountPairs[i], ((Number) shapeCountPairs[i + 1]).longValue()));
            }
            text = new TextStats(minLength, (minLength + maxLength) / 2.0, maxLength, empty, shapes);
            return this;
        }

        public Column bool(long trues, long falses) {
            bool = new BooleanStats(trues, falses);
            return this;
        }

        /** What a hybrid profile counted over every row, beside the sample's figures set above. */
        public Column totals(Totals counted) {
            totals = counted.build();
            return this;
        }

        public ColumnProfile build() {
            Double uniqueness = distinct == null || rows - nulls == 0 ? null : (double) distinct.value() / (rows - nulls);
            return new ColumnProfile(name, family, rows, nulls, rows == 0 ? 0 : (double) nulls / rows, distinct, uniqueness,
                    top, null, numeric, temporal, text, bool, null, null, totals);
        }
    }

    /** Builds a hybrid profile's ColumnTotals over {@code rows} rows; every figure not set stays uncounted. */
    public static final class Totals {
        private final long rows;
        private long nulls;
        private ColumnTotals.NumberRange numeric;
        private ColumnTotals.TimeRange temporal;
        private Long empty;
        private BooleanStats bool;

        public Totals(long rows) {
            this.rows = rows;
        }

        public Totals nulls(long count) {
            nulls = count;
            return this;
        }

        public Totals numeric(double min, double max) {
            numeric = new ColumnTotals.NumberRange(min, max);
            return this;
        }

        public Totals temporal(String min, String max) {
            temporal = new ColumnTotals.TimeRange(min, max);
            return this;
        }

        public Totals empty(long count) {
            empty = count;
            return this;
        }

        public Totals bool(long trues, long falses) {
            bool = new BooleanStats(trues, falses);
            return this;
        }

        ColumnTotals build() {
            return new ColumnTotals(nulls, rows == 0 ? 0.0 : (double) nulls / rows, numeric, temporal, empty, bool, null);
        }
    }

    public static Quantiles quartiles(double p25, double p50, double p75) {
        return new Quantiles(p25, p25, p25, p50, p75, p75, p75, true);
    }

    public static TableProfile profile(TableRef table, long rows, ColumnProfile... columns) {
        return new TableProfile(table, false, "full scan", rows, 1, List.of(columns));
    }

    /** A hybrid profile: the columns' figures describe a sample of {@code sampleRows}; their totals, all {@code rows}. */
    public static TableProfile hybrid(TableRef table, long sampleRows, long rows, ColumnProfile... columns) {
        return new TableProfile(table, true, "TABLESAMPLE SYSTEM (1)", sampleRows, 1, List.of(columns),
                new TableTotals(rows, 1));
    }

    public static ColumnSemantics semantics(SemanticType type, double confidence, Double matchRatio) {
        return new ColumnSemantics(type, confidence, matchRatio, null, PiiCategory.NONE, Sensitivity.INTERNAL, "test");
    }

    public static ColumnSemantics semantics(SemanticType type, Double matchRatio, Sensitivity sensitivity) {
        return new ColumnSemantics(type, 0.9, matchRatio, null, PiiCategory.NONE, sensitivity, "test");
    }

    public static RuleContext context(TableSchema schema, TableProfile profile, Map<String, ColumnSemantics> semantics) {
        return new RuleContext(schema, profile, semantics, List.of(), new PostgresDialect(), java.util.Optional.empty(),
                CLOCK, MASK, QualityOptions.DEFAULTS);
    }
}
