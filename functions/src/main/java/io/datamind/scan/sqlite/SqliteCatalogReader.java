package io.datamind.scan.sqlite;

import io.datamind.scan.CatalogQueries;
import io.datamind.scan.CatalogReader;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.UniqueConstraint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Tables of the main database through sqlite_master and the table-valued pragma functions. */
public final class SqliteCatalogReader implements CatalogReader {

    private static final String LIST_TABLES = """
            SELECT name FROM main.sqlite_master
            WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'""";

    private static final String TABLE = "SELECT type, sql FROM main.sqlite_master WHERE type IN ('table', 'view') AND name = ?";

    /** hidden: 0 plain, 1 hidden column of a virtual table, 2 and 3 generated (virtual, stored). */
    private static final String COLUMNS =
            "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?) WHERE hidden <> 1 ORDER BY cid";

    private static final String INDEXES = "SELECT name, \"unique\", origin FROM pragma_index_list(?) ORDER BY name";

    private static final String INDEX_COLUMNS = "SELECT name FROM pragma_index_info(?) ORDER BY seqno";

    private static final String INDEX_SQL = "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?";

    private static final String FOREIGN_KEYS =
            "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq";

    private static final String PRIMARY_KEY = "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk";

    private final Dialect dialect;
    private final int queryTimeoutSeconds;

    public SqliteCatalogReader(Dialect dialect, int queryTimeoutSeconds) {
        this.dialect = dialect;
        this.queryTimeoutSeconds = queryTimeoutSeconds;
    }

    @Override
    public List<TableRef> listTables(Connection connection, TableFilter filter) throws SQLException {
        return filter.select(queries(connection).list(LIST_TABLES, row -> new TableRef(null, row.getString(1))));
    }

    /** SQLite has no schemas; "main" is the name of the file's own database. */
    @Override
    public List<String> listSchemas(Connection connection) {
        return List.of("main");
    }

    @Override
    public TableSchema readTable(Connection connection, TableRef table) throws SQLException {
        CatalogQueries queries = queries(connection);
        TableRef ref = new TableRef(null, table.name());
        String[] master = queries.first(TABLE, row -> new String[] {row.getString(1), row.getString(2)}, ref.name())
                .orElseThrow(() -> CatalogQueries.tableNotFound(table));
        boolean view = master[0].equals("view");
        List<RawColumn> raw = queries.list(COLUMNS, RawColumn::from, ref.name());
        List<String> primaryKey = raw.stream().filter(c -> c.pkPosition() > 0)
                .sorted(Comparator.comparingInt(RawColumn::pkPosition)).map(RawColumn::name).toList();
        List<IndexInfo> indexes = indexes(queries, ref);
        return new TableSchema(
                ref,
                view ? TableKind.VIEW : TableKind.TABLE,
                null,
                columns(raw, primaryKey),
                primaryKey.isEmpty() ? null : new PrimaryKey(null, primaryKey),
                uniqueConstraints(queries, ref),
                foreignKeys(queries, ref),
                indexes,
                RowCount.exact(queries.countRows(dialect, ref)),
                List.of(),
                view ? master[1] : null);
    }

    private static List<ColumnSchema> columns(List<RawColumn> raw, List<String> primaryKey) {
        List<ColumnSchema> columns = new ArrayList<>();
        for (RawColumn column : raw) {
            // INTEGER PRIMARY KEY makes the column the rowid: SQLite numbers it and it can never be null.
            boolean rowid = primaryKey.equals(List.of(column.name())) && column.type().equalsIgnoreCase("INTEGER");
            columns.add(new ColumnSchema(
                    columns.size() + 1,
                    column.name(),
                    column.type(),
                    SqliteTypes.family(column.type()),
                    !column.notNull() && !rowid,
                    column.defaultValue(),
                    null,
                    column.generated(),
                    rowid,
                    SqliteTypes.maxLength(column.type())));
        }
        return columns;
    }

    private static List<IndexInfo> indexes(CatalogQueries queries, TableRef table) throws SQLException {
        List<IndexInfo> indexes = new ArrayList<>();
        for (IndexEntry entry : queries.list(INDEXES, IndexEntry::from, table.name())) {
            String definition = queries.first(INDEX_SQL, row -> row.getString(1), entry.name()).orElse(null);
            indexes.add(new IndexInfo(entry.name(), indexColumns(queries, entry.name()), entry.unique(), definition));
        }
        return indexes;
    }

    /** UNIQUE constraints are the indexes SQLite created for them (origin "u"). */
    private static List<UniqueConstraint> uniqueConstraints(CatalogQueries queries, TableRef table) throws SQLException {
        List<UniqueConstraint> constraints = new ArrayList<>();
        for (IndexEntry entry : queries.list(INDEXES, IndexEntry::from, table.name())) {
            if (entry.origin().equals("u")) {
                constraints.add(new UniqueConstraint(entry.name(), indexColumns(queries, entry.name())));
            }
        }
        return constraints;
    }

    private static List<String> indexColumns(CatalogQueries queries, String index) throws SQLException {
        return queries.list(INDEX_COLUMNS, row -> {
            String column = row.getString(1);
            return column == null ? "(expression)" : column;
        }, index);
    }

    /** A foreign key without target columns references the target's primary key. */
    private static List<ForeignKey> foreignKeys(CatalogQueries queries, TableRef table) throws SQLException {
        List<String[]> rows = queries.list(FOREIGN_KEYS,
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3), row.getString(4)}, table.name());
        Map<String, List<String[]>> byId = rows.stream()
                .collect(Collectors.groupingBy(r -> r[0], LinkedHashMap::new, Collectors.toList()));
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (List<String[]> key : byId.values()) {
            String target = key.get(0)[1];
            List<String> columns = key.stream().map(r -> r[2]).toList();
            List<String> targetColumns = key.get(0)[3] == null
                    ? queries.list(PRIMARY_KEY, row -> row.getString(1), target)
                    : key.stream().map(r -> r[3]).toList();
            foreignKeys.add(new ForeignKey(null, columns, new TableRef(null, target), targetColumns));
        }
        return foreignKeys;
    }

    private CatalogQueries queries(Connection connection) {
        return new CatalogQueries(connection, queryTimeoutSeconds);
    }

    private record IndexEntry(String name, boolean unique, String origin) {

        static IndexEntry from(ResultSet row) throws SQLException {
            return new IndexEntry(row.getString(1), row.getInt(2) == 1, row.getString(3));
        }
    }

    private record RawColumn(String name, String type, boolean notNull, String defaultValue, int pkPosition,
                             boolean generated) {

        static RawColumn from(ResultSet row) throws SQLException {
            String type = row.getString(2);
            return new RawColumn(row.getString(1), type == null ? "" : type, row.getInt(3) != 0, row.getString(4),
                    row.getInt(5), row.getInt(6) >= 2);
        }
    }
}
