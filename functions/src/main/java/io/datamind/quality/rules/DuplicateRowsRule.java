package io.datamind.quality.rules;

import io.datamind.profile.ColumnProfile;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityRule;
import io.datamind.quality.RuleContext;
import io.datamind.quality.Severity;
import io.datamind.quality.Texts;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * DUPLICATES: rows identical in every comparable column, counted as the rows beyond the first of each group
 * (count(*) − count(distinct row)) by a GROUP BY over all of them. A surrogate primary key (one generated,
 * identity, integer or UUID column) is left out, since it would make every row distinct; a natural primary key
 * makes duplicates impossible, so the query is not sent; so does a compared column that a full profile proved unique
 * and free of nulls, or a column the database counts as many distinct values of as rows (in the table's shared
 * scan). Tables above the configured size are skipped: the GROUP BY sorts the whole table.
 */
public final class DuplicateRowsRule implements QualityRule {

    private static final Set<TypeFamily> NOT_COMPARABLE =
            Set.of(TypeFamily.JSON, TypeFamily.BINARY, TypeFamily.GEOMETRY, TypeFamily.OTHER);

    @Override
    public String id() {
        return "DUPLICATES";
    }

    @Override
    public boolean needsDatabase() {
        return true;
    }

    /** True when the table is small enough to check; tables with a natural key count as checked (no duplicate can exist). */
    public boolean appliesTo(RuleContext context) {
        return context.tableRows() <= context.options().duplicateRowsMaxRows()
                && (hasNaturalKey(context.schema()) || !compared(context.schema()).isEmpty());
    }

    @Override
    public List<String> aggregates(RuleContext context) {
        return needsQuery(context) ? witness(context).map(c -> distinctCheck(context, c)).orElse(List.of()) : List.of();
    }

    @Override
    public List<Finding> evaluate(RuleContext context) throws SQLException {
        long rows = context.tableRows();
        TableSchema schema = context.schema();
        List<ColumnSchema> compared = compared(schema);
        if (!needsQuery(context) || witnessedDistinct(context)) {
            return List.of();
        }
        String groupBy = compared.stream().map(c -> context.quote(c.name())).collect(Collectors.joining(", "));
        String sql = "SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM " + context.qualifiedTable()
                + " GROUP BY " + groupBy + " HAVING COUNT(*) > 1) d";
        long duplicates = context.requireQueries().count(sql);
        if (duplicates == 0) {
            return List.of();
        }
        double ratio = Texts.ratio(duplicates, rows);
        String left = compared.size() == schema.columns().size() ? ""
                : " (comparing " + compared.size() + " of " + schema.columns().size() + " columns)";
        return List.of(new Finding(id(), Severity.WARNING, Dimension.UNIQUENESS, context.table(), null, duplicates,
                ratio, List.of(), sql, duplicates + " rows (" + Texts.percent(ratio) + ") duplicate another row" + left));
    }

    private boolean needsQuery(RuleContext context) {
        return context.tableRows() >= 2 && appliesTo(context) && !hasNaturalKey(context.schema())
                && !provenDistinct(context, compared(context.schema()));
    }

    /**
     * The compared column most likely to be distinct and present in every row (no nulls, over every row where a hybrid
     * profile counted them; the highest distinct count, an estimate where the profile could not count exactly): one
     * {@code COUNT(DISTINCT)} of it, in the table's shared scan, sorts one column instead of grouping whole rows. Empty
     * when no column comes close.
     */
    private static java.util.Optional<ColumnProfile> witness(RuleContext context) {
        Set<String> names = compared(context.schema()).stream().map(ColumnSchema::name).collect(Collectors.toSet());
        return context.columnProfiles().stream()
                .filter(c -> names.contains(c.column()) && context.nulls(c).isEmpty() && c.distinct() != null
                        && c.distinct().upperBound() >= c.rows() && c.rows() > 0)
                .max(java.util.Comparator.comparingDouble(c -> c.distinct().value() / (double) c.rows()));
    }

    private static List<String> distinctCheck(RuleContext context, ColumnProfile column) {
        return List.of("COUNT(*)", "COUNT(DISTINCT " + context.quote(column.column()) + ")");
    }

    /**
     * Rows that differ in a compared column cannot be duplicates: when the database counts as many distinct
     * (non-null) values of the witness as rows, in the same snapshot, the GROUP BY would find none. Distinct values
     * and groups use the same equality (collation, NULL handling aside: a NULL makes the counts differ).
     */
    private boolean witnessedDistinct(RuleContext context) throws SQLException {
        java.util.Optional<ColumnProfile> witness = witness(context);
        if (witness.isEmpty()) {
            return false;
        }
        List<String> counts = context.requireQueries().aggregates(context.qualifiedTable(), distinctCheck(context, witness.get()));
        return counts.get(0) != null && counts.get(0).equals(counts.get(1));
    }

    /** Rows differ when one compared column holds a different, non-null value in every row. */
    private static boolean provenDistinct(RuleContext context, List<ColumnSchema> compared) {
        if (context.profile().sampled()) {
            return false;
        }
        Set<String> names = compared.stream().map(ColumnSchema::name).collect(Collectors.toSet());
        return context.columnProfiles().stream().anyMatch(column -> names.contains(column.column())
                && column.nullCount() == 0 && column.distinct() != null && column.distinct().exact()
                && column.distinct().value() == column.rows() && column.rows() == context.tableRows());
    }

    private static List<ColumnSchema> compared(TableSchema schema) {
        return schema.columns().stream()
                .filter(c -> !NOT_COMPARABLE.contains(c.family()) && !isSurrogateKey(schema, c)).toList();
    }

    private static boolean hasNaturalKey(TableSchema schema) {
        PrimaryKey pk = schema.primaryKey();
        return pk != null && !(pk.columns().size() == 1
                && schema.column(pk.columns().get(0)).map(c -> isSurrogateKey(schema, c)).orElse(false));
    }

    private static boolean isSurrogateKey(TableSchema schema, ColumnSchema column) {
        PrimaryKey pk = schema.primaryKey();
        boolean soleKey = pk != null && pk.columns().equals(List.of(column.name()));
        return soleKey && (column.identity() || column.generated()
                || column.family() == TypeFamily.INTEGER || column.family() == TypeFamily.UUID);
    }
}
