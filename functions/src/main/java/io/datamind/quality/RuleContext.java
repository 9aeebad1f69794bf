package io.datamind.quality;

import io.datamind.classify.ColumnSemantics;
import io.datamind.profile.ColumnProfile;
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

    /** Rows of the whole table: exact from the catalog when it has them, else the profile's. */
    public long tableRows() {
        if (schema.rowCount() != null && (schema.rowCount().exact() || profile.sampled())) {
            return schema.rowCount().value();
        }
        return profile.rowsProfiled();
    }

    /** Non-null values of a column in the whole table, from its null ratio. */
    public long nonNullRows(ColumnProfile column) {
        return Math.round(tableRows() * (1.0 - column.nullRatio()));
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
