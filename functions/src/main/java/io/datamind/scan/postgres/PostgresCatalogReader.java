package io.datamind.scan.postgres;

import io.datamind.scan.CatalogQueries;
import io.datamind.scan.CatalogReader;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableFingerprints;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.UniqueConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads pg_catalog directly: it is complete (partitions, materialized views, generated and identity columns,
 * key order of constraints) where DatabaseMetaData is not, and one query per aspect keeps it fast.
 */
public final class PostgresCatalogReader implements CatalogReader {

    /** pg_catalog, pg_toast and the temp schemas all start with pg_, which users may not use. */
    private static final String USER_SCHEMA = "n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'";

    private static final String LIST_TABLES = """
            SELECT n.nspname, c.relname
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition AND\s""" + USER_SCHEMA;

    private static final String LIST_SCHEMAS =
            "SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE " + USER_SCHEMA + " ORDER BY 1";

    /** A partitioned table's estimate is the sum over its leaves; -1 when any leaf was never analysed. */
    private static final String TABLE = """
            SELECT c.oid, c.relkind::text, pg_catalog.obj_description(c.oid, 'pg_class'),
                   CASE WHEN c.relkind IN ('v') THEN NULL
                        WHEN c.relkind = 'p' THEN (
                            SELECT CASE WHEN bool_or(leaf.reltuples < 0) THEN -1 ELSE sum(leaf.reltuples) END
                            FROM pg_catalog.pg_partition_tree(c.oid) tree
                            JOIN pg_catalog.pg_class leaf ON leaf.oid = tree.relid
                            WHERE tree.isleaf)
                        ELSE c.reltuples END::float8,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid, true) END
            FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ? AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')""";

    private static final String COLUMNS = """
            SELECT a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),
                   COALESCE(base.typname, t.typname), COALESCE(base.typtype, t.typtype)::text,
                   COALESCE(base.typcategory, t.typcategory)::text,
                   NOT a.attnotnull, pg_catalog.pg_get_expr(d.adbin, d.adrelid),
                   pg_catalog.col_description(a.attrelid, a.attnum),
                   a.attgenerated::text, a.attidentity::text,
                   CASE WHEN a.atttypmod > 0 THEN a.atttypmod ELSE t.typtypmod END
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_catalog.pg_type base ON t.typtype = 'd' AND base.oid = t.typbasetype
            LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE a.attrelid = CAST(? AS oid) AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY a.attnum""";

    /** conparentid = 0 skips the per-partition copies PostgreSQL makes of a key referencing a partitioned table. */
    private static final String CONSTRAINTS = """
            SELECT con.conname, con.contype::text,
                   ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, pos)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                         ORDER BY k.pos),
                   tn.nspname, tc.relname,
                   ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, pos)
                         JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                         ORDER BY k.pos)
            FROM pg_catalog.pg_constraint con
            LEFT JOIN pg_catalog.pg_class tc ON tc.oid = con.confrelid
            LEFT JOIN pg_catalog.pg_namespace tn ON tn.oid = tc.relnamespace
            WHERE con.conrelid = CAST(? AS oid) AND con.contype IN ('p', 'u', 'f') AND con.conparentid = 0
            ORDER BY con.conname""";

    /** Key columns only (not INCLUDE columns); an expression key is shown as its expression. */
    private static final String INDEXES = """
            SELECT ic.relname, i.indisunique, pg_catalog.pg_get_indexdef(i.indexrelid),
                   ARRAY(SELECT CASE WHEN i.indkey[k - 1] = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, k, true)
                                     ELSE (SELECT a.attname::text FROM pg_catalog.pg_attribute a
                                           WHERE a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1]) END
                         FROM generate_series(1, i.indnkeyatts) k ORDER BY k)
            FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
            WHERE i.indrelid = CAST(? AS oid)
            ORDER BY ic.relname""";

    private static final String PARTITIONS = """
            SELECT n.nspname, c.relname
            FROM pg_catalog.pg_inherits inh
            JOIN pg_catalog.pg_class c ON c.oid = inh.inhrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE inh.inhparent = CAST(? AS oid)
            ORDER BY c.relname""";

    /**
     * Cumulative insert/update/delete counters of the table (summed over a partitioned table's leaves) and its data
     * file number, which TRUNCATE, VACUUM FULL and rewriting ALTERs change. ANALYZE, plain VACUUM and reading move
     * none of them. Views and foreign tables have no row; without track_counts the counters stand still.
     */
    private static final String DATA_MARKER = """
            WITH target AS (
                SELECT c.oid FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = ? AND c.relname = ?),
            leaves AS (
                SELECT oid FROM target
                UNION SELECT tree.relid FROM target, pg_catalog.pg_partition_tree(target.oid) tree WHERE tree.isleaf)
            SELECT current_setting('track_counts')::boolean, count(*),
                   sum(COALESCE(s.n_tup_ins, 0)), sum(COALESCE(s.n_tup_upd, 0)), sum(COALESCE(s.n_tup_del, 0)),
                   CASE WHEN count(*) = 1 THEN max(c.relfilenode::bigint)::text
                        ELSE left(md5(string_agg(c.relfilenode::text, ',' ORDER BY c.oid)), 12) END
            FROM leaves JOIN pg_catalog.pg_class c ON c.oid = leaves.oid
            LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = c.oid
            WHERE c.relkind IN ('r', 'm')""";

    private final Dialect dialect;
    private final int queryTimeoutSeconds;

    public PostgresCatalogReader(Dialect dialect, int queryTimeoutSeconds) {
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
        Constraints constraints = readConstraints(queries, relation.oid());
        return new TableSchema(
                table,
                relation.kind(),
                relation.comment(),
                queries.list(COLUMNS, PostgresCatalogReader::column, relation.oid()),
                constraints.primaryKey(),
                constraints.uniqueConstraints(),
                constraints.foreignKeys(),
                queries.list(INDEXES, PostgresCatalogReader::index, relation.oid()),
                rowCount(queries, table, relation),
                relation.kind() == TableKind.PARTITIONED_TABLE ? partitions(queries, table, relation.oid()) : List.of(),
                relation.viewDefinition());
    }

    /** The exact row count (when counted) plus the statistics counters and file numbers of the table's storage. */
    @Override
    public String dataMarker(Connection connection, TableSchema schema) throws SQLException {
        if (schema.kind() == TableKind.VIEW || schema.kind() == TableKind.FOREIGN_TABLE) {
            return null;
        }
        String rows = TableFingerprints.exactRowCount(schema.rowCount());
        String counters = queries(connection).first(DATA_MARKER, row -> !row.getBoolean(1) || row.getLong(2) == 0 ? null
                        : "ins=" + row.getLong(3) + " upd=" + row.getLong(4) + " del=" + row.getLong(5) + " file=" + row.getString(6),
                schema.table().schema(), schema.table().name()).orElse(null);
        return TableFingerprints.marker(java.util.Arrays.asList(rows, counters));
    }

    private RowCount rowCount(CatalogQueries queries, TableRef table, Relation relation) throws SQLException {
        Long estimate = relation.estimate() == null || relation.estimate() < 0 ? null : Math.round(relation.estimate());
        return queries.rowCount(dialect, table, estimate);
    }

    private static List<String> partitions(CatalogQueries queries, TableRef parent, long oid) throws SQLException {
        return queries.list(PARTITIONS, row -> row.getString(1).equals(parent.schema())
                ? row.getString(2)
                : row.getString(1) + "." + row.getString(2), oid);
    }

    private static ColumnSchema column(ResultSet row) throws SQLException {
        String typeName = row.getString(3);
        String defaultValue = row.getString(7);
        boolean generated = !row.getString(9).isEmpty();
        boolean identity = !row.getString(10).isEmpty()
                || (defaultValue != null && defaultValue.startsWith("nextval("));
        return new ColumnSchema(
                row.getRow(),
                row.getString(1),
                row.getString(2),
                PostgresTypes.family(typeName, row.getString(4), row.getString(5)),
                row.getBoolean(6),
                defaultValue,
                row.getString(8),
                generated,
                identity,
                PostgresTypes.maxLength(typeName, row.getInt(11)));
    }

    private static IndexInfo index(ResultSet row) throws SQLException {
        return new IndexInfo(row.getString(1), strings(row.getArray(4)), row.getBoolean(2), row.getString(3));
    }

    private static Constraints readConstraints(CatalogQueries queries, long oid) throws SQLException {
        Constraints constraints = new Constraints();
        queries.list(CONSTRAINTS, row -> {
            constraints.add(row);
            return null;
        }, oid);
        return constraints;
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private CatalogQueries queries(Connection connection) {
        return new CatalogQueries(connection, queryTimeoutSeconds);
    }

    private record Relation(long oid, TableKind kind, String comment, Double estimate, String viewDefinition) {

        static Relation from(ResultSet row) throws SQLException {
            double reltuples = row.getDouble(4);
            Double estimate = row.wasNull() ? null : reltuples;
            return new Relation(row.getLong(1), kind(row.getString(2)), row.getString(3), estimate, row.getString(5));
        }

        private static TableKind kind(String relkind) {
            return switch (relkind) {
                case "p" -> TableKind.PARTITIONED_TABLE;
                case "v" -> TableKind.VIEW;
                case "m" -> TableKind.MATERIALIZED_VIEW;
                case "f" -> TableKind.FOREIGN_TABLE;
                default -> TableKind.TABLE;
            };
        }
    }

    /** Collects pg_constraint rows by type. */
    private static final class Constraints {
        private PrimaryKey primaryKey;
        private final List<UniqueConstraint> uniqueConstraints = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();

        void add(ResultSet row) throws SQLException {
            String name = row.getString(1);
            List<String> columns = strings(row.getArray(3));
            switch (row.getString(2)) {
                case "p" -> primaryKey = new PrimaryKey(name, columns);
                case "u" -> uniqueConstraints.add(new UniqueConstraint(name, columns));
                default -> foreignKeys.add(new ForeignKey(name, columns,
                        new TableRef(row.getString(4), row.getString(5)), strings(row.getArray(6))));
            }
        }

        PrimaryKey primaryKey() {
            return primaryKey;
        }

        List<UniqueConstraint> uniqueConstraints() {
            return uniqueConstraints;
        }

        List<ForeignKey> foreignKeys() {
            return foreignKeys;
        }
    }
}
