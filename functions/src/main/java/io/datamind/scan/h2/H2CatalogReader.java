package io.datamind.scan.h2;

import io.datamind.scan.CatalogQueries;
import io.datamind.scan.CatalogReader;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** H2 2.x through its standard INFORMATION_SCHEMA. */
public final class H2CatalogReader implements CatalogReader {

    private static final String LIST_TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME FROM INFORMATION_SCHEMA.TABLES
            WHERE UPPER(TABLE_SCHEMA) <> 'INFORMATION_SCHEMA' AND TABLE_TYPE IN ('BASE TABLE', 'VIEW')""";

    private static final String LIST_SCHEMAS = """
            SELECT SCHEMA_NAME FROM INFORMATION_SCHEMA.SCHEMATA
            WHERE UPPER(SCHEMA_NAME) <> 'INFORMATION_SCHEMA' ORDER BY SCHEMA_NAME""";

    private static final String TABLE = """
            SELECT t.TABLE_TYPE, t.REMARKS, t.ROW_COUNT_ESTIMATE, v.VIEW_DEFINITION
            FROM INFORMATION_SCHEMA.TABLES t
            LEFT JOIN INFORMATION_SCHEMA.VIEWS v ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
            WHERE t.TABLE_SCHEMA = ? AND t.TABLE_NAME = ?""";

    private static final String COLUMNS = """
            SELECT COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, DECLARED_NUMERIC_PRECISION, DECLARED_NUMERIC_SCALE,
                   INTERVAL_TYPE, IS_NULLABLE, COLUMN_DEFAULT, REMARKS, IS_GENERATED, GENERATION_EXPRESSION, IS_IDENTITY
            FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?
            ORDER BY ORDINAL_POSITION""";

    private static final String KEYS = """
            SELECT tc.CONSTRAINT_TYPE, tc.CONSTRAINT_NAME, k.COLUMN_NAME
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.TABLE_SCHEMA = ? AND tc.TABLE_NAME = ? AND tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE')
            ORDER BY tc.CONSTRAINT_TYPE, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    /** The referenced column is the one at the same position in the referenced unique constraint. */
    private static final String FOREIGN_KEYS = """
            SELECT rc.CONSTRAINT_NAME, fk.COLUMN_NAME, pk.TABLE_SCHEMA, pk.TABLE_NAME, pk.COLUMN_NAME
            FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fk
              ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE pk
              ON pk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
             AND pk.ORDINAL_POSITION = fk.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE fk.TABLE_SCHEMA = ? AND fk.TABLE_NAME = ?
            ORDER BY rc.CONSTRAINT_NAME, fk.ORDINAL_POSITION""";

    private static final String INDEXES = """
            SELECT i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
              ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
            WHERE i.TABLE_SCHEMA = ? AND i.TABLE_NAME = ?
            ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION""";

    private final Dialect dialect;
    private final int queryTimeoutSeconds;

    public H2CatalogReader(Dialect dialect, int queryTimeoutSeconds) {
        this.dialect = dialect;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    @Override
    public List<TableRef> listTables(Connection connection, TableFilter filter) throws SQLException {
        return filter.select(queries(connection).list(LIST_TABLES, row -> new TableRef(row.getString(1), row.getString(2))));
    }

    @Override
    public List<String> listSchemas(Connection connection) throws SQLException {
        return queries(connection).list(LIST_SCHEMAS, row -> row.getString(1));
    }

    @Override
    public TableSchema readTable(Connection connection, TableRef table) throws SQLException {
        CatalogQueries queries = queries(connection);
        Relation relation = queries.first(TABLE, Relation::from, table.schema(), table.name())
                .orElseThrow(() -> CatalogQueries.tableNotFound(table));
        Map<String, List<String[]>> keys = grouped(queries.list(KEYS,
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, table.schema(), table.name()));
        return new TableSchema(
                table,
                relation.kind(),
                relation.comment(),
                queries.list(COLUMNS, H2CatalogReader::column, table.schema(), table.name()),
                keys.values().stream().filter(k -> k.get(0)[0].equals("PRIMARY KEY"))
                        .map(k -> new PrimaryKey(k.get(0)[1], columnsOf(k, 2))).findFirst().orElse(null),
                keys.values().stream().filter(k -> k.get(0)[0].equals("UNIQUE"))
                        .map(k -> new UniqueConstraint(k.get(0)[1], columnsOf(k, 2))).toList(),
                foreignKeys(queries, table),
                indexes(queries, table),
                queries.rowCount(dialect, table, relation.estimate()),
                List.of(),
                relation.viewDefinition());
    }

    // No dataMarker override: INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION is an in-memory counter that starts again
    // when a file database is reopened, so a change made while DataMind was not connected can leave it equal.

    private static ColumnSchema column(ResultSet row) throws SQLException {
        String dataType = row.getString(2);
        long length = row.getLong(3);
        Long declaredLength = row.wasNull() || !H2Types.hasDeclaredLength(dataType) ? null : length;
        boolean generated = "ALWAYS".equals(row.getString(10));
        return new ColumnSchema(
                row.getRow(),
                row.getString(1),
                declaredType(row, dataType, declaredLength),
                H2Types.family(dataType),
                "YES".equals(row.getString(7)),
                generated ? row.getString(11) : row.getString(8),
                row.getString(9),
                generated,
                "YES".equals(row.getString(12)),
                H2Types.isCharacter(dataType) && declaredLength != null ? Math.toIntExact(declaredLength) : null);
    }

    /** Rebuilds the type as it would be declared: CHARACTER VARYING(120), NUMERIC(12, 2), INTERVAL DAY TO SECOND. */
    private static String declaredType(ResultSet row, String dataType, Long declaredLength) throws SQLException {
        if (declaredLength != null) {
            return dataType + "(" + declaredLength + ")";
        }
        if (dataType.equals("NUMERIC") || dataType.equals("DECIMAL")) {
            int precision = row.getInt(4);
            if (!row.wasNull()) {
                int scale = row.getInt(5);
                return dataType + "(" + precision + (row.wasNull() ? "" : ", " + scale) + ")";
            }
        }
        String intervalType = row.getString(6);
        return dataType.equals("INTERVAL") && intervalType != null ? "INTERVAL " + intervalType : dataType;
    }

    private static List<ForeignKey> foreignKeys(CatalogQueries queries, TableRef table) throws SQLException {
        List<String[]> rows = queries.list(FOREIGN_KEYS, row -> new String[] {
                row.getString(1), row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)},
                table.schema(), table.name());
        return grouped(rows).values().stream()
                .map(k -> new ForeignKey(k.get(0)[1], columnsOf(k, 2), new TableRef(k.get(0)[3], k.get(0)[4]),
                        columnsOf(k, 5)))
                .toList();
    }

    private List<IndexInfo> indexes(CatalogQueries queries, TableRef table) throws SQLException {
        List<String[]> rows = queries.list(INDEXES,
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}, table.schema(), table.name());
        Map<String, List<String[]>> byName = rows.stream()
                .collect(Collectors.groupingBy(r -> r[0], LinkedHashMap::new, Collectors.toList()));
        List<IndexInfo> indexes = new ArrayList<>();
        byName.forEach((name, columns) -> {
            boolean unique = !columns.get(0)[1].equals("INDEX");
            List<String> names = columnsOf(columns, 2);
            String definition = "CREATE " + (unique ? "UNIQUE " : "") + "INDEX " + dialect.quote(name) + " ON "
                    + dialect.qualifiedName(table) + "("
                    + names.stream().map(dialect::quote).collect(Collectors.joining(", ")) + ")";
            indexes.add(new IndexInfo(name, names, unique, definition));
        });
        return indexes;
    }

    /** Groups rows by their first two fields (type or name, constraint name), keeping row order. */
    private static Map<String, List<String[]>> grouped(List<String[]> rows) {
        return rows.stream().collect(Collectors.groupingBy(r -> r[0] + "\u0000" + r[1], LinkedHashMap::new,
                Collectors.toList()));
    }

    private static List<String> columnsOf(List<String[]> rows, int field) {
        return rows.stream().map(r -> r[field]).toList();
    }

    private CatalogQueries queries(Connection connection) {
        return new CatalogQueries(connection, queryTimeoutSeconds);
    }

    private record Relation(TableKind kind, String comment, Long estimate, String viewDefinition) {

        static Relation from(ResultSet row) throws SQLException {
            boolean view = row.getString(1).equals("VIEW");
            long estimate = row.getLong(3);
            // A view's "estimate" is a planner constant, not a row count.
            Long rows = row.wasNull() || view ? null : estimate;
            return new Relation(view ? TableKind.VIEW : TableKind.TABLE, CatalogQueries.blankToNull(row.getString(2)),
                    rows, row.getString(4));
        }
    }
}
