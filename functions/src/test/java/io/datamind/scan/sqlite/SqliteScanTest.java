package io.datamind.scan.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.SourceAccessException;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TestDatabases;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.UniqueConstraint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans a real SQLite file built from fixtures/sqlite-scan.sql. */
class SqliteScanTest {

    @TempDir
    static Path directory;

    private static String url;

    @BeforeAll
    static void createFixture() throws SQLException {
        url = "jdbc:sqlite:" + directory.resolve("scan.db");
        try (Connection connection = DriverManager.getConnection(url)) {
            TestDatabases.runStatements(connection, "/fixtures/sqlite-scan.sql");
        }
    }

    private static SchemaScanner scanner(TableFilter filter) {
        return new SchemaScanner(new JdbcSource(SourceConfig.of(url).withFilter(filter)));
    }

    private static TableSchema scan(String table) {
        return scanner(TableFilter.ALL).scan(new TableRef(null, table));
    }

    @Test
    void listsTablesAndViewsWithoutSchemaAndWithoutSqliteInternals() {
        assertThat(scanner(TableFilter.ALL).listTables()).containsExactly(
                new TableRef(null, "Order Details"),
                new TableRef(null, "all_types"),
                new TableRef(null, "customers"),
                new TableRef(null, "empty_table"),
                new TableRef(null, "order_lines"),
                new TableRef(null, "order_summary"),
                new TableRef(null, "orders"));
    }

    @Test
    void readsCompositeKeysInKeyOrderAndTheRowidAlias() {
        TableSchema lines = scan("order_lines");

        assertThat(lines.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("line_id")));
        assertThat(lines.foreignKeys()).containsExactly(new ForeignKey(null, List.of("region", "order_no"),
                new TableRef(null, "orders"), List.of("region", "order_no")));
        assertThat(lines.uniqueConstraints()).containsExactly(
                new UniqueConstraint("sqlite_autoindex_order_lines_1", List.of("region", "order_no", "sku")));
        assertThat(lines.column("line_id").orElseThrow())
                .extracting(ColumnSchema::identity, ColumnSchema::nullable).containsExactly(true, false);
        assertThat(lines.rowCount()).isEqualTo(RowCount.exact(2));

        TableSchema orders = scan("orders");
        assertThat(orders.primaryKey()).isEqualTo(new PrimaryKey(null, List.of("region", "order_no")));
        assertThat(orders.foreignKeys()).as("a reference without columns targets the primary key")
                .containsExactly(new ForeignKey(null, List.of("customer_id"), new TableRef(null, "customers"),
                        List.of("id")));
        assertThat(orders.indexes()).containsExactly(
                new IndexInfo("orders_placed_idx", List.of("placed_at"), false,
                        "CREATE INDEX orders_placed_idx ON orders (placed_at DESC)"),
                new IndexInfo("sqlite_autoindex_orders_1", List.of("region", "order_no"), true, null));
        assertThat(orders.column("placed_at").orElseThrow())
                .extracting(ColumnSchema::family, ColumnSchema::defaultValue, ColumnSchema::nullable)
                .containsExactly(TypeFamily.TIMESTAMP, "CURRENT_TIMESTAMP", false);
        assertThat(orders.column("region").orElseThrow().maxLength()).isEqualTo(2);
        assertThat(orders.rowCount()).isEqualTo(RowCount.exact(3));
        assertThat(scan("customers").uniqueConstraints()).containsExactly(
                new UniqueConstraint("sqlite_autoindex_customers_1", List.of("email")));
    }

    @Test
    void mapsDeclaredTypesByAffinity() {
        TableSchema types = scan("all_types");

        assertThat(types.columns()).extracting(ColumnSchema::name, ColumnSchema::declaredType, ColumnSchema::family)
                .containsExactly(
                        tuple("c_integer", "INTEGER", TypeFamily.INTEGER),
                        tuple("c_int", "INT", TypeFamily.INTEGER),
                        tuple("c_bigint", "BIGINT", TypeFamily.INTEGER),
                        tuple("c_tinyint", "TINYINT", TypeFamily.INTEGER),
                        tuple("c_varchar", "VARCHAR(120)", TypeFamily.TEXT),
                        tuple("c_nvarchar", "NVARCHAR(50)", TypeFamily.TEXT),
                        tuple("c_text", "TEXT", TypeFamily.TEXT),
                        tuple("c_clob", "CLOB", TypeFamily.TEXT),
                        tuple("c_blob", "BLOB", TypeFamily.BINARY),
                        tuple("c_untyped", "", TypeFamily.OTHER),
                        tuple("c_real", "REAL", TypeFamily.FLOAT),
                        tuple("c_double", "DOUBLE PRECISION", TypeFamily.FLOAT),
                        tuple("c_float", "FLOAT", TypeFamily.FLOAT),
                        tuple("c_numeric", "NUMERIC", TypeFamily.DECIMAL),
                        tuple("c_decimal", "DECIMAL(10, 2)", TypeFamily.DECIMAL),
                        tuple("c_boolean", "BOOLEAN", TypeFamily.BOOLEAN),
                        tuple("c_date", "DATE", TypeFamily.DATE),
                        tuple("c_datetime", "DATETIME", TypeFamily.TIMESTAMP),
                        tuple("c_timestamp", "TIMESTAMP", TypeFamily.TIMESTAMP),
                        tuple("c_time", "TIME", TypeFamily.TIME),
                        tuple("c_json", "JSON", TypeFamily.JSON),
                        tuple("c_uuid", "UUID", TypeFamily.UUID),
                        tuple("c_doubled", "REAL", TypeFamily.FLOAT),
                        tuple("c_next", "INT", TypeFamily.INTEGER));
        assertThat(types.columns()).extracting(ColumnSchema::ordinal).startsWith(1, 2, 3).endsWith(24);
        assertThat(types.column("c_varchar").orElseThrow().maxLength()).isEqualTo(120);
        assertThat(types.column("c_int").orElseThrow().defaultValue()).isEqualTo("7");
        assertThat(types.column("c_integer").orElseThrow().identity()).isFalse();
        assertThat(types.columns()).filteredOn(ColumnSchema::generated).extracting(ColumnSchema::name)
                .containsExactly("c_doubled", "c_next");
        assertThat(types.primaryKey()).isNull();
        assertThat(types.rowCount()).isEqualTo(RowCount.exact(0));
    }

    @Test
    void quotesUnicodeReservedAndMixedCaseIdentifiers() {
        TableSchema details = scan("Order Details");

        assertThat(details.columns()).extracting(ColumnSchema::name)
                .containsExactly("CustomerID", "select", "Größe", "123", "\"quoted\"");
        assertThat(details.indexes()).extracting(IndexInfo::name, IndexInfo::columns)
                .containsExactly(tuple("Order Details_Größe_idx", List.of("Größe", "CustomerID")));
        assertThat(details.rowCount()).isEqualTo(RowCount.exact(3));
    }

    @Test
    void readsViews() {
        TableSchema summary = scan("order_summary");

        assertThat(summary.kind()).isEqualTo(TableKind.VIEW);
        assertThat(summary.viewDefinition())
                .isEqualTo("CREATE VIEW order_summary AS SELECT region, count(*) AS orders FROM orders GROUP BY region");
        assertThat(summary.rowCount()).isEqualTo(RowCount.exact(2));
        assertThat(scan("empty_table").rowCount()).isEqualTo(RowCount.exact(0));
    }

    @Test
    void appliesGlobsAndReportsEmptyMatchesAndUnknownSchemas() {
        assertThat(scanner(new TableFilter(List.of(), List.of("order*"), List.of("*_summary"))).listTables())
                .extracting(TableRef::name).containsExactly("order_lines", "orders");
        assertThatThrownBy(() -> scanner(new TableFilter(List.of(), List.of("nothing_*"), List.of())).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.NO_TABLES))
                .hasMessageContaining("'nothing_*'");
        assertThatThrownBy(() -> scanner(new TableFilter(List.of("sales"), List.of(), List.of())).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.UNKNOWN_SCHEMA))
                .hasMessageContaining("'sales'")
                .hasMessageContaining("existing schemas: main");
    }

    @Test
    void sessionIsReadOnly() throws SQLException {
        try (Connection connection = new JdbcSource(SourceConfig.of(url)).connect();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO empty_table VALUES (1)"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(scan("empty_table").rowCount()).isEqualTo(RowCount.exact(0));
    }
}
