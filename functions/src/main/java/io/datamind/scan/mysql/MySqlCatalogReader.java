package io.datamind.scan.mysql;

import io.datamind.scan.CatalogQueries;
import io.datamind.scan.CatalogReader;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableFingerprints;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** MySQL and MariaDB through information_schema; a schema is a database. */
public final class MySqlCatalogReader implements CatalogReader {

    private static final String USER_SCHEMA = "NOT IN ('mysql', 'information_schema', 'performance_schema', 'sys')";

    private static final String LIST_TABLES = """
            SELECT table_schema, table_name FROM information_schema.tables
            WHERE table_type IN ('BASE TABLE', 'VIEW', 'SYSTEM VERSIONED') AND table_schema\s""" + USER_SCHEMA;

    private static final String LIST_SCHEMAS = "SELECT schema_name FROM information_schema.schemata WHERE schema_name "
            + USER_SCHEMA + " ORDER BY schema_name";

    private static final String TABLE = """
            SELECT t.table_type, t.table_comment, t.table_rows, v.view_definition
            FROM information_schema.tables t
            LEFT JOIN information_schema.views v ON v.table_schema = t.table_schema AND v.table_name = t.table_name
            WHERE t.table_schema = ? AND t.table_name = ?""";

    private static final String COLUMNS = """
            SELECT column_name, column_type, data_type, is_nullable, column_default, column_comment, extra,
                   generation_expression, character_maximum_length
            FROM information_schema.columns WHERE table_schema = ? AND table_name = ?
            ORDER BY ordinal_position""";

    private static final String KEYS = """
            SELECT tc.constraint_type, tc.constraint_name, k.column_name,
                   k.referenced_table_schema, k.referenced_table_name, k.referenced_column_name
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage k
              ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
             AND k.table_schema = tc.table_schema AND k.table_name = tc.table_name
            WHERE tc.table_schema = ? AND tc.table_name = ?
              AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
            ORDER BY tc.constraint_type, tc.constraint_name, k.ordinal_position""";

    private static final String INDEXES = """
            SELECT index_name, non_unique, column_name, sub_part, index_type
            FROM information_schema.statistics WHERE table_schema = ? AND table_name = ?
            ORDER BY index_name, seq_in_index""";

    /** MariaDB's JSON is LONGTEXT with a json_valid() check; only that check tells it apart from text. */
    private static final String MARIADB_JSON_CHECKS = """
            SELECT check_clause FROM information_schema.check_constraints
            WHERE constraint_schema = ? AND table_name = ? AND check_clause LIKE 'json_valid(%'""";

    private static final Pattern JSON_VALID = Pattern.compile("json_valid\\(`((?:[^`]|``)+)`\\)");

    /**
     * UPDATE_TIME moves on every committed write and CREATE_TIME on every rebuild (ALTER, TRUNCATE). InnoDB keeps
     * UPDATE_TIME in memory only: it is null again after a restart until the next write.
     */
    private static final String DATA_MARKER = """
            SELECT create_time, update_time FROM information_schema.tables WHERE table_schema = ? AND table_name = ?""";

    private final Dialect dialect;
    private final int queryTimeoutSeconds;

    public MySqlCatalogReader(Dialect dialect, int queryTimeoutSeconds) {
        this.dialect = dialect;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    /**
     * Requested schemas are pushed into the query, as the exact names the server uses (matched without regard
     * to case, as {@link TableFilter} does): on a large server MariaDB would otherwise open every database.
     */
    @Override
    public List<TableRef> listTables(Connection connection, TableFilter filter) throws SQLException {
        List<String> schemas = filter.schemas().isEmpty()
                ? List.of()
                : listSchemas(connection).stream().filter(filter::acceptsSchema).toList();
        if (!filter.schemas().isEmpty() && schemas.isEmpty()) {
            return List.of();
        }
        String sql = schemas.isEmpty() ? LIST_TABLES
                : LIST_TABLES + " AND table_schema IN (" + String.join(", ", Collections.nCopies(schemas.size(), "?")) + ")";
        return filter.select(
                queries(connection).list(sql, row -> new TableRef(row.getString(1), row.getString(2)), schemas.toArray()));
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
        Set<String> jsonColumns = mariaDbJsonColumns(queries, table);
        Keys keys = Keys.from(queries.list(KEYS, KeyColumn::from, table.schema(), table.name()));
        return new TableSchema(
                table,
                relation.kind(),
                relation.comment(),
                queries.list(COLUMNS, row -> column(row, jsonColumns), table.schema(), table.name()),
                keys.primaryKey(),
                keys.uniqueConstraints(),
                keys.foreignKeys(),
                indexes(queries, table),
                queries.rowCount(dialect, table, relation.estimate()),
                List.of(),
                relation.viewDefinition());
    }

    /**
     * The exact row count (when counted) and the table's creation and last-update times. Without an update time
     * (never written since the server started) only an exactly counted table has a marker; TABLE_ROWS of InnoDB
     * is an estimate and is never used.
     */
    @Override
    public String dataMarker(Connection connection, TableSchema schema) throws SQLException {
        if (schema.kind() == TableKind.VIEW) {
            return null;
        }
        String rows = TableFingerprints.exactRowCount(schema.rowCount());
        String[] times = queries(connection).first(DATA_MARKER, row -> new String[] {row.getString(1), row.getString(2)},
                schema.table().schema(), schema.table().name()).orElse(new String[2]);
        if (times[1] == null && rows == null) {
            return null;
        }
        return TableFingerprints.marker(java.util.Arrays.asList(rows,
                times[0] == null ? null : "created=" + times[0], times[1] == null ? null : "updated=" + times[1]));
    }

    private static ColumnSchema column(ResultSet row, Set<String> jsonColumns) throws SQLException {
        String name = row.getString(1);
        String dataType = row.getString(3);
        String extra = row.getString(7).toLowerCase(Locale.ROOT);
        String generationExpression = CatalogQueries.blankToNull(row.getString(8));
        long maxLength = row.getLong(9);
        Long characterMaximumLength = row.wasNull() ? null : maxLength;
        return new ColumnSchema(
                row.getRow(),
                name,
                row.getString(2),
                jsonColumns.contains(name) ? TypeFamily.JSON : MySqlTypes.family(dataType, row.getString(2)),
                row.getString(4).equals("YES"),
                generationExpression != null ? generationExpression : defaultValue(row.getString(5)),
                CatalogQueries.blankToNull(row.getString(6)),
                generationExpression != null,
                extra.contains("auto_increment"),
                MySqlTypes.maxLength(dataType, characterMaximumLength));
    }

    /** MariaDB reports "no default" of a nullable column as the literal NULL expression. */
    private static String defaultValue(String columnDefault) {
        return columnDefault == null || columnDefault.equals("NULL") ? null : columnDefault;
    }

    private Set<String> mariaDbJsonColumns(CatalogQueries queries, TableRef table) throws SQLException {
        String version = queries.connection().getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (!version.contains("mariadb")) {
            return Set.of();
        }
        return queries.list(MARIADB_JSON_CHECKS, row -> row.getString(1), table.schema(), table.name()).stream()
                .map(JSON_VALID::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1).replace("``", "`"))
                .collect(Collectors.toSet());
    }

    private List<IndexInfo> indexes(CatalogQueries queries, TableRef table) throws SQLException {
        List<IndexColumn> rows = queries.list(INDEXES, IndexColumn::from, table.schema(), table.name());
        Map<String, List<IndexColumn>> byName = rows.stream()
                .collect(Collectors.groupingBy(IndexColumn::index, LinkedHashMap::new, Collectors.toList()));
        return byName.values().stream().map(columns -> index(columns, table)).toList();
    }

    /** information_schema has no index DDL, so an equivalent statement is rebuilt for the reader. */
    private IndexInfo index(List<IndexColumn> columns, TableRef table) {
        IndexColumn first = columns.get(0);
        String name = first.index();
        String keyParts = columns.stream()
                .map(c -> dialect.quote(c.column()) + (c.prefixLength() == null ? "" : "(" + c.prefixLength() + ")"))
                .collect(Collectors.joining(", "));
        String head = name.equals("PRIMARY") ? "PRIMARY KEY"
                : (first.unique() ? "UNIQUE INDEX " : "INDEX ") + dialect.quote(name);
        String definition = "ALTER TABLE " + dialect.qualifiedName(table) + " ADD " + head + " (" + keyParts + ")"
                + (first.method() == null ? "" : " USING " + first.method());
        return new IndexInfo(name, columns.stream().map(IndexColumn::column).toList(), first.unique(), definition);
    }

    private CatalogQueries queries(Connection connection) {
        return new CatalogQueries(connection, queryTimeoutSeconds);
    }

    private record Relation(TableKind kind, String comment, Long estimate, String viewDefinition) {

        static Relation from(ResultSet row) throws SQLException {
            boolean view = row.getString(1).equals("VIEW");
            long rows = row.getLong(3);
            Long estimate = row.wasNull() || view ? null : rows;
            // Views carry the word VIEW as their "comment".
            String comment = view ? null : CatalogQueries.blankToNull(row.getString(2));
            return new Relation(view ? TableKind.VIEW : TableKind.TABLE, comment, estimate, row.getString(4));
        }
    }

    private record IndexColumn(String index, boolean unique, String column, Integer prefixLength, String method) {

        static IndexColumn from(ResultSet row) throws SQLException {
            String column = row.getString(3);
            int prefix = row.getInt(4);
            Integer prefixLength = row.wasNull() ? null : prefix;
            return new IndexColumn(row.getString(1), row.getInt(2) == 0,
                    column == null ? "(expression)" : column, prefixLength, row.getString(5));
        }
    }

    /** One key_column_usage row; rows arrive in key order. */
    private record KeyColumn(String type, String constraint, String column, TableRef target, String targetColumn) {

        static KeyColumn from(ResultSet row) throws SQLException {
            String targetTable = row.getString(5);
            return new KeyColumn(row.getString(1), row.getString(2), row.getString(3),
                    targetTable == null ? null : new TableRef(row.getString(4), targetTable), row.getString(6));
        }
    }

    private record Keys(PrimaryKey primaryKey, List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys) {

        static Keys from(List<KeyColumn> rows) {
            Map<String, List<KeyColumn>> byConstraint = rows.stream().collect(Collectors.groupingBy(
                    r -> r.type() + ":" + r.constraint(), LinkedHashMap::new, Collectors.toList()));
            PrimaryKey primaryKey = null;
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<ForeignKey> foreignKeys = new ArrayList<>();
            for (List<KeyColumn> key : byConstraint.values()) {
                KeyColumn first = key.get(0);
                List<String> columns = key.stream().map(KeyColumn::column).toList();
                switch (first.type()) {
                    case "PRIMARY KEY" -> primaryKey = new PrimaryKey(first.constraint(), columns);
                    case "UNIQUE" -> uniques.add(new UniqueConstraint(first.constraint(), columns));
                    default -> foreignKeys.add(new ForeignKey(first.constraint(), columns, first.target(),
                            key.stream().map(KeyColumn::targetColumn).toList()));
                }
            }
            return new Keys(primaryKey, uniques, foreignKeys);
        }
    }
}
