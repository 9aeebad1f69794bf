package io.datamind.quality;

import io.datamind.classify.ColumnSemantics;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.TableProfile;
import io.datamind.relate.Relationship;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a rule may look at for one table.
 *
 * @param semantics     classifier verdicts by column name (columns without one are absent)
 * @param relationships declared and inferred relationships of the whole source; rules pick those of this table
 * @param queries       empty when no database is at hand: SQL rules are then skipped
 * @param masker        masks example values, by their column, before they leave the rule
 */
public record RuleContext(
        TableSchema schema,
        TableProfile profile,
        Map<String, ColumnSemantics> semantics,
        List<Relationship> relationships,
        Dialect dialect,
        Optional<QueryRunner> queries,
        Clock clock,
        ExampleMasker masker,
        QualityOptions options) {

    public RuleContext {
        semantics = Map.copyOf(semantics);
        relationships = List.copyOf(relationships);
    }

    public TableRef table() {
        return schema.table();
    }

    public String qualifiedTable() {
        return dialect.qualifiedName(table());
    }

    public String quote(String column) {
        return dialect.quote(column);
    }

    public Optional<ColumnSemantics> semantics(String column) {
        return Optional.ofNullable(semantics.get(column));
    }

    public List<ColumnProfile> columnProfiles() {
        return profile.columns();
    }

    public Optional<ColumnSchema> columnSchema(String column) {
        return schema.column(column);
    }

    /**
     * Rows of the whole table: counted by a hybrid profile, else exact from the catalog when it has them, else the
     * profile's.
     */
    public long tableRows() {
        if (profile.totals() != null) {
            return profile.totals().rows();
        }
        if (schema.rowCount() != null && (schema.rowCount().exact() || profile.sampled())) {
            return schema.rowCount().value();
        }
        return profile.rowsProfiled();
    }

    /** Non-null values of a column in the whole table: counted by a hybrid profile, else from its null ratio. */
    public long nonNullRows(ColumnProfile column) {
        if (column.totals() != null) {
            return Math.max(0, tableRows() - column.totals().nullCount());
        }
        return Math.round(tableRows() * (1.0 - column.nullRatio()));
    }

    /**
     * The NULLs of a column in the whole table and their share of its rows; empty when there is none. Counted by a
     * hybrid profile (a sample misses a rare one), else the profile's share of the table's rows.
     */
    public Optional<Affected> nulls(ColumnProfile column) {
        ColumnTotals totals = column.totals();
        if (totals != null) {
            return totals.nullCount() == 0 ? Optional.empty() : Optional.of(new Affected(totals.nullCount(), totals.nullRatio()));
        }
        if (column.nullCount() == 0 || column.rows() == 0) {
            return Optional.empty();
        }
        return Optional.of(scaled(column.nullRatio()));
    }

    /** The empty strings of a text column in the whole table, as {@link #nulls} counts NULLs. */
    public Optional<Affected> emptyStrings(ColumnProfile column) {
        ColumnTotals totals = column.totals();
        if (totals != null) {
            long empty = totals.emptyCount() == null ? 0 : totals.emptyCount();
            return empty == 0 ? Optional.empty() : Optional.of(new Affected(empty, Texts.ratio(empty, tableRows())));
        }
        if (column.text() == null || column.text().emptyCount() == 0 || column.rows() == 0) {
            return Optional.empty();
        }
        return Optional.of(scaled(Texts.ratio(column.text().emptyCount(), column.rows())));
    }

    /** A share of the profile's rows, carried over to the whole table. */
    private Affected scaled(double ratio) {
        return new Affected(Math.round(ratio * tableRows()), ratio);
    }

    /** Rows of the whole table a finding is about, and their share of its rows. */
    public record Affected(long count, double ratio) {
    }

    public boolean declaredUnique(String column) {
        return KeyColumns.declaredUnique(schema, column);
    }

    /** The first few raw values of {@code column}, masked by its semantic type; values never shown are dropped. */
    public List<String> examples(String column, List<String> raw) {
        return raw.stream().limit(options.maxExamples())
                .map(v -> masker.mask(column, v)).flatMap(Optional::stream).toList();
    }

    /** {@code SELECT COUNT(*) FROM table WHERE condition}. */
    public String countWhere(String condition) {
        return "SELECT COUNT(*) FROM " + qualifiedTable() + " WHERE " + condition;
    }

    public QueryRunner requireQueries() {
        return queries.orElseThrow(() -> new IllegalStateException("rule needs a database connection"));
    }
}
