package io.datamind.scan.h2;

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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans a real H2 file database built from fixtures/h2-scan.sql. */
class H2ScanTest {

    @TempDir
    static Path directory;

    private static String url;

    /** Held open so the embedded database is not closed and reopened between the scanner's connections. */
    private static Connection keepAlive;

    @BeforeAll
    static void createFixture() throws SQLException {
        url = "jdbc:h2:file:" + directory.resolve("scan").toAbsolutePath();
        keepAlive = DriverManager.getConnection(url);
        TestDatabases.runStatements(keepAlive, "/fixtures/h2-scan.sql");
    }

    @AfterAll
    static void close() throws SQLException {
        keepAlive.close();
    }

    private static SchemaScanner scanner(TableFilter filter) {
        return new SchemaScanner(new JdbcSource(SourceConfig.of(url).withFilter(filter)));
    }

    private static TableSchema scan(String schema, String table) {
        return scanner(TableFilter.ALL).scan(new TableRef(schema, table));
    }

    @Test
    void listsTablesAndViewsOutsideInformationSchema() {
        assertThat(scanner(TableFilter.ALL).listTables()).extracting(TableRef::key).containsExactly(
                "CRM.CUSTOMERS",
                "SALES.ALL_TYPES",
                "SALES.EMPTY_TABLE",
                "SALES.ORDERS",
                "SALES.ORDER_LINES",
                "SALES.ORDER_SUMMARY",
                "SALES.Order Details");
    }

    @Test
    void readsCompositeForeignKeyInKeyOrderNotColumnOrder() {
        TableSchema lines = scan("SALES", "ORDER_LINES");

        assertThat(lines.foreignKeys()).containsExactly(new ForeignKey("ORDER_LINES_ORDER_FK",
                List.of("REGION", "ORDER_NO"), new TableRef("SALES", "ORDERS"), List.of("REGION", "ORDER_NO")));
        assertThat(lines.uniqueConstraints()).containsExactly(
                new UniqueConstraint("ORDER_LINES_SKU_UQ", List.of("REGION", "ORDER_NO", "SKU")));
        assertThat(lines.column("LINE_ID").orElseThrow())
                .extracting(ColumnSchema::identity, ColumnSchema::nullable).containsExactly(true, false);
        assertThat(lines.rowCount()).isEqualTo(RowCount.exact(2));
    }

    @Test
    void readsCompositePrimaryKeyCrossSchemaForeignKeyCommentsAndIndexes() {
        TableSchema orders = scan("SALES", "ORDERS");

        assertThat(orders.primaryKey()).isEqualTo(new PrimaryKey("ORDERS_PK", List.of("REGION", "ORDER_NO")));
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("ORDERS_CUSTOMER_FK",
                List.of("CUSTOMER_ID"), new TableRef("CRM", "CUSTOMERS"), List.of("ID")));
        assertThat(orders.column("PLACED_AT").orElseThrow())
                .extracting(ColumnSchema::comment, ColumnSchema::defaultValue, ColumnSchema::family)
                .containsExactly("When the customer pressed \"buy\"", "CURRENT_TIMESTAMP", TypeFamily.TIMESTAMP);
        assertThat(orders.indexes()).extracting(IndexInfo::name, IndexInfo::columns, IndexInfo::unique)
                .contains(tuple("ORDERS_PLACED_IDX", List.of("PLACED_AT"), false));
        assertThat(orders.indexes()).filteredOn(IndexInfo::unique).extracting(IndexInfo::columns)
                .containsExactly(List.of("REGION", "ORDER_NO"));
        assertThat(orders.rowCount()).isEqualTo(RowCount.exact(3));

        TableSchema customers = scan("CRM", "CUSTOMERS");
        assertThat(customers.comment()).isEqualTo("People who buy things");
        assertThat(customers.uniqueConstraints()).containsExactly(
                new UniqueConstraint("CUSTOMERS_EMAIL_KEY", List.of("EMAIL")));
    }

    @Test
    void mapsStandardTypes() {
        TableSchema types = scan("SALES", "ALL_TYPES");

        assertThat(types.columns()).extracting(ColumnSchema::name, ColumnSchema::declaredType, ColumnSchema::family)
                .containsExactly(
                        tuple("C_TINYINT", "TINYINT", TypeFamily.INTEGER),
                        tuple("C_SMALLINT", "SMALLINT", TypeFamily.INTEGER),
                        tuple("C_INTEGER", "INTEGER", TypeFamily.INTEGER),
                        tuple("C_BIGINT", "BIGINT", TypeFamily.INTEGER),
                        tuple("C_NUMERIC", "NUMERIC(12, 2)", TypeFamily.DECIMAL),
                        tuple("C_DECFLOAT", "DECFLOAT", TypeFamily.DECIMAL),
                        tuple("C_REAL", "REAL", TypeFamily.FLOAT),
                        tuple("C_DOUBLE", "DOUBLE PRECISION", TypeFamily.FLOAT),
                        tuple("C_BOOLEAN", "BOOLEAN", TypeFamily.BOOLEAN),
                        tuple("C_CHAR", "CHARACTER(3)", TypeFamily.TEXT),
                        tuple("C_VARCHAR", "CHARACTER VARYING(120)", TypeFamily.TEXT),
                        tuple("C_VARCHAR_IGNORECASE", "VARCHAR_IGNORECASE(20)", TypeFamily.TEXT),
                        tuple("C_CLOB", "CHARACTER LARGE OBJECT", TypeFamily.TEXT),
                        tuple("C_ENUM", "ENUM", TypeFamily.TEXT),
                        tuple("C_BINARY", "BINARY(16)", TypeFamily.BINARY),
                        tuple("C_VARBINARY", "BINARY VARYING(64)", TypeFamily.BINARY),
                        tuple("C_BLOB", "BINARY LARGE OBJECT", TypeFamily.BINARY),
                        tuple("C_DATE", "DATE", TypeFamily.DATE),
                        tuple("C_TIME", "TIME", TypeFamily.TIME),
                        tuple("C_TIMETZ", "TIME WITH TIME ZONE", TypeFamily.TIME),
                        tuple("C_TIMESTAMP", "TIMESTAMP", TypeFamily.TIMESTAMP),
                        tuple("C_TIMESTAMPTZ", "TIMESTAMP WITH TIME ZONE", TypeFamily.TIMESTAMP),
                        tuple("C_INTERVAL", "INTERVAL DAY TO SECOND", TypeFamily.INTERVAL),
                        tuple("C_UUID", "UUID", TypeFamily.UUID),
                        tuple("C_JSON", "JSON", TypeFamily.JSON),
                        tuple("C_GEOMETRY", "GEOMETRY", TypeFamily.GEOMETRY),
                        tuple("C_ARRAY", "ARRAY", TypeFamily.ARRAY),
                        tuple("C_JAVA", "JAVA_OBJECT", TypeFamily.BINARY),
                        tuple("C_DOUBLED", "NUMERIC(13, 2)", TypeFamily.DECIMAL));
        assertThat(types.column("C_VARCHAR").orElseThrow().maxLength()).isEqualTo(120);
        assertThat(types.column("C_BINARY").orElseThrow().maxLength()).isNull();
        assertThat(types.column("C_CLOB").orElseThrow().maxLength()).isNull();
        assertThat(types.column("C_INTEGER").orElseThrow())
                .extracting(ColumnSchema::nullable, ColumnSchema::defaultValue).containsExactly(false, "7");
        assertThat(types.column("C_DOUBLED").orElseThrow())
                .extracting(ColumnSchema::generated, ColumnSchema::defaultValue)
                .containsExactly(true, "\"C_NUMERIC\" * 2");
        assertThat(types.rowCount()).isEqualTo(RowCount.exact(0));
    }

    @Test
    void quotesUnicodeReservedAndMixedCaseIdentifiers() {
        TableSchema details = scan("SALES", "Order Details");

        assertThat(details.columns()).extracting(ColumnSchema::name)
                .containsExactly("CustomerID", "select", "Größe", "123", "\"quoted\"");
        assertThat(details.indexes()).containsExactly(new IndexInfo("Order Details_Größe_idx",
                List.of("Größe", "CustomerID"), false,
                "CREATE INDEX \"Order Details_Größe_idx\" ON \"SALES\".\"Order Details\"(\"Größe\", \"CustomerID\")"));
        assertThat(details.rowCount()).isEqualTo(RowCount.exact(3));
    }

    @Test
    void readsViews() {
        TableSchema summary = scan("SALES", "ORDER_SUMMARY");

        assertThat(summary.kind()).isEqualTo(TableKind.VIEW);
        assertThat(summary.viewDefinition()).contains("COUNT(*) AS \"ORDERS\"").contains("GROUP BY \"REGION\"");
        assertThat(summary.rowCount()).isEqualTo(RowCount.exact(2));
    }

    @Test
    void appliesGlobsAndReportsEmptyMatchesAndUnknownSchemas() {
        assertThat(scanner(new TableFilter(List.of("sales"), List.of("ORDER*"), List.of("*_SUMMARY"))).listTables())
                .extracting(TableRef::key).containsExactly("SALES.ORDERS", "SALES.ORDER_LINES");
        assertThatThrownBy(() -> scanner(new TableFilter(List.of("CRM"), List.of("NOTHING_*"), List.of())).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.NO_TABLES));
        assertThatThrownBy(() -> scanner(new TableFilter(List.of("HR"), List.of(), List.of())).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.UNKNOWN_SCHEMA))
                .hasMessageContaining("'HR'")
                .hasMessageContaining("existing schemas: CRM, PUBLIC, SALES");
    }
}
