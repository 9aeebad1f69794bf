package io.datamind.scan.mysql;

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
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TestDatabases;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.UniqueConstraint;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scans the real MariaDB fixture in fixtures/mariadb-scan.sql. */
class MySqlScanTest {

    private static final SchemaScanner SCANNER = new SchemaScanner(TestDatabases.mariaDbSource(TestDatabases.scanSchemas()));

    @BeforeAll
    static void createFixture() throws SQLException {
        try (Connection connection = TestDatabases.adminMariaDb()) {
            TestDatabases.runStatements(connection, "/fixtures/mariadb-scan.sql");
        }
    }

    @Test
    void listsTablesAndViewsOfTheRequestedDatabases() {
        assertThat(SCANNER.listTables()).extracting(TableRef::key).containsExactly(
                "dm_scan_a.Order Details",
                "dm_scan_a.all_types",
                "dm_scan_a.empty_table",
                "dm_scan_a.order_lines",
                "dm_scan_a.order_summary",
                "dm_scan_a.orders",
                "dm_scan_b.big_numbers",
                "dm_scan_b.customers");
    }

    @Test
    void readsCompositeForeignKeyInKeyOrderNotColumnOrder() {
        TableSchema lines = SCANNER.scan(new TableRef("dm_scan_a", "order_lines"));

        assertThat(lines.kind()).isEqualTo(TableKind.TABLE);
        assertThat(lines.columns()).extracting(ColumnSchema::ordinal, ColumnSchema::name)
                .containsExactly(tuple(1, "line_id"), tuple(2, "order_no"), tuple(3, "region"), tuple(4, "sku"));
        assertThat(lines.primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", List.of("line_id")));
        assertThat(lines.foreignKeys()).containsExactly(new ForeignKey("order_lines_order_fk",
                List.of("region", "order_no"), new TableRef("dm_scan_a", "orders"), List.of("region", "order_no")));
        assertThat(lines.uniqueConstraints()).containsExactly(
                new UniqueConstraint("order_lines_sku_uq", List.of("region", "order_no", "sku")));
        assertThat(lines.column("line_id").orElseThrow())
                .extracting(ColumnSchema::identity, ColumnSchema::generated, ColumnSchema::nullable)
                .containsExactly(true, false, false);
        assertThat(lines.rowCount()).isEqualTo(RowCount.exact(2));
    }

    @Test
    void readsCompositePrimaryKeyCrossDatabaseForeignKeyCommentsAndIndexes() {
        TableSchema orders = SCANNER.scan(new TableRef("dm_scan_a", "orders"));

        assertThat(orders.comment()).isEqualTo("One row per checkout");
        assertThat(orders.primaryKey()).isEqualTo(new PrimaryKey("PRIMARY", List.of("region", "order_no")));
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("orders_customer_fk",
                List.of("customer_id"), new TableRef("dm_scan_b", "customers"), List.of("id")));
        ColumnSchema placedAt = orders.column("placed_at").orElseThrow();
        assertThat(placedAt.comment()).isEqualTo("When the customer pressed \"buy\"");
        assertThat(placedAt.defaultValue()).isEqualTo("current_timestamp()");
        assertThat(placedAt).extracting(ColumnSchema::declaredType, ColumnSchema::family, ColumnSchema::nullable)
                .containsExactly("timestamp", TypeFamily.TIMESTAMP, false);
        assertThat(orders.column("region").orElseThrow())
                .extracting(ColumnSchema::declaredType, ColumnSchema::maxLength).containsExactly("char(2)", 2);
        assertThat(orders.indexes()).containsExactly(
                new IndexInfo("orders_customer_fk", List.of("customer_id"), false,
                        "ALTER TABLE `dm_scan_a`.`orders` ADD INDEX `orders_customer_fk` (`customer_id`) USING BTREE"),
                new IndexInfo("orders_placed_idx", List.of("placed_at"), false,
                        "ALTER TABLE `dm_scan_a`.`orders` ADD INDEX `orders_placed_idx` (`placed_at`) USING BTREE"),
                new IndexInfo("PRIMARY", List.of("region", "order_no"), true,
                        "ALTER TABLE `dm_scan_a`.`orders` ADD PRIMARY KEY (`region`, `order_no`) USING BTREE"));
        assertThat(orders.rowCount()).isEqualTo(RowCount.exact(3));
        assertThat(orders.viewDefinition()).isNull();
    }

    @Test
    void readsUniqueConstraintAndTableCommentOnTheOtherDatabase() {
        TableSchema customers = SCANNER.scan(new TableRef("dm_scan_b", "customers"));

        assertThat(customers.comment()).isEqualTo("People who buy things");
        assertThat(customers.uniqueConstraints()).containsExactly(
                new UniqueConstraint("customers_email_key", List.of("email")));
        assertThat(customers.column("email").orElseThrow())
                .extracting(ColumnSchema::declaredType, ColumnSchema::family, ColumnSchema::maxLength)
                .containsExactly("varchar(200)", TypeFamily.TEXT, 200);
    }

    @Test
    void mapsEveryCommonTypeToItsFamily() {
        TableSchema types = SCANNER.scan(new TableRef("dm_scan_a", "all_types"));

        assertThat(types.columns()).extracting(ColumnSchema::name, ColumnSchema::declaredType, ColumnSchema::family)
                .containsExactly(
                        tuple("c_tinyint", "tinyint(4)", TypeFamily.INTEGER),
                        tuple("c_bool", "tinyint(1)", TypeFamily.BOOLEAN),
                        tuple("c_smallint", "smallint(6)", TypeFamily.INTEGER),
                        tuple("c_mediumint", "mediumint(9)", TypeFamily.INTEGER),
                        tuple("c_int", "int(11)", TypeFamily.INTEGER),
                        tuple("c_bigint", "bigint(20) unsigned", TypeFamily.INTEGER),
                        tuple("c_decimal", "decimal(12,2)", TypeFamily.DECIMAL),
                        tuple("c_float", "float", TypeFamily.FLOAT),
                        tuple("c_double", "double", TypeFamily.FLOAT),
                        tuple("c_bit1", "bit(1)", TypeFamily.BOOLEAN),
                        tuple("c_bit8", "bit(8)", TypeFamily.BINARY),
                        tuple("c_char", "char(3)", TypeFamily.TEXT),
                        tuple("c_varchar", "varchar(120)", TypeFamily.TEXT),
                        tuple("c_tinytext", "tinytext", TypeFamily.TEXT),
                        tuple("c_text", "text", TypeFamily.TEXT),
                        tuple("c_mediumtext", "mediumtext", TypeFamily.TEXT),
                        tuple("c_longtext", "longtext", TypeFamily.TEXT),
                        tuple("c_enum", "enum('sad','ok','happy')", TypeFamily.TEXT),
                        tuple("c_set", "set('red','green')", TypeFamily.TEXT),
                        tuple("c_json", "longtext", TypeFamily.JSON),
                        tuple("c_binary", "binary(16)", TypeFamily.BINARY),
                        tuple("c_varbinary", "varbinary(64)", TypeFamily.BINARY),
                        tuple("c_blob", "blob", TypeFamily.BINARY),
                        tuple("c_longblob", "longblob", TypeFamily.BINARY),
                        tuple("c_date", "date", TypeFamily.DATE),
                        tuple("c_time", "time", TypeFamily.TIME),
                        tuple("c_datetime", "datetime(3)", TypeFamily.TIMESTAMP),
                        tuple("c_timestamp", "timestamp", TypeFamily.TIMESTAMP),
                        tuple("c_year", "year(4)", TypeFamily.INTEGER),
                        tuple("c_geometry", "geometry", TypeFamily.GEOMETRY),
                        tuple("c_point", "point", TypeFamily.GEOMETRY),
                        tuple("c_polygon", "polygon", TypeFamily.GEOMETRY),
                        tuple("c_uuid", "uuid", TypeFamily.UUID),
                        tuple("c_inet6", "inet6", TypeFamily.TEXT),
                        tuple("c_doubled", "decimal(13,2)", TypeFamily.DECIMAL),
                        tuple("c_next", "int(11)", TypeFamily.INTEGER));
        assertThat(types.column("c_varchar").orElseThrow())
                .extracting(ColumnSchema::maxLength, ColumnSchema::defaultValue).containsExactly(120, "'none'");
        assertThat(types.column("c_text").orElseThrow().maxLength()).isNull();
        assertThat(types.column("c_tinyint").orElseThrow())
                .extracting(ColumnSchema::nullable, ColumnSchema::defaultValue).containsExactly(true, null);
        assertThat(types.column("c_int").orElseThrow())
                .extracting(ColumnSchema::nullable, ColumnSchema::defaultValue).containsExactly(false, "7");
        assertThat(types.column("c_doubled").orElseThrow())
                .extracting(ColumnSchema::generated, ColumnSchema::defaultValue)
                .containsExactly(true, "`c_decimal` * 2");
        assertThat(types.column("c_next").orElseThrow().generated()).isTrue();
        assertThat(types.column("c_int").orElseThrow().generated()).isFalse();
        assertThat(types.primaryKey()).isNull();
        assertThat(types.rowCount()).isEqualTo(RowCount.exact(0));
    }

    @Test
    void quotesUnicodeReservedAndMixedCaseIdentifiers() {
        TableSchema details = SCANNER.scan(new TableRef("dm_scan_a", "Order Details"));

        assertThat(details.columns()).extracting(ColumnSchema::name)
                .containsExactly("CustomerID", "select", "Größe", "123", "\"quoted\"");
        assertThat(details.rowCount()).isEqualTo(RowCount.exact(3));
        assertThat(details.indexes()).containsExactly(new IndexInfo("Order Details_Größe_idx",
                List.of("Größe", "CustomerID"), false,
                "ALTER TABLE `dm_scan_a`.`Order Details` ADD INDEX `Order Details_Größe_idx` (`Größe`, `CustomerID`) USING BTREE"));
    }

    @Test
    void readsViews() {
        TableSchema summary = SCANNER.scan(new TableRef("dm_scan_a", "order_summary"));

        assertThat(summary.kind()).isEqualTo(TableKind.VIEW);
        assertThat(summary.comment()).isNull();
        assertThat(summary.viewDefinition()).contains("count(0) AS `orders`").contains("group by");
        assertThat(summary.columns()).extracting(ColumnSchema::name, ColumnSchema::family)
                .containsExactly(tuple("region", TypeFamily.TEXT), tuple("orders", TypeFamily.INTEGER));
        assertThat(summary.rowCount()).isEqualTo(RowCount.exact(2));
    }

    @Test
    void countsSmallTablesExactlyAndTakesTheEstimateForLargeOnes() {
        RowCount big = SCANNER.scan(new TableRef("dm_scan_b", "big_numbers")).rowCount();

        assertThat(big.exact()).isFalse();
        assertThat(big.value()).isBetween(100_000L, 200_000L);
        assertThat(SCANNER.scan(new TableRef("dm_scan_a", "empty_table")).rowCount()).isEqualTo(RowCount.exact(0));
    }

    @Test
    void appliesIncludeAndExcludeGlobs() {
        TableFilter filter = new TableFilter(TestDatabases.SCAN_SCHEMAS, List.of("dm_scan_a.order*", "big_*"),
                List.of("*_summary"));

        assertThat(new SchemaScanner(TestDatabases.mariaDbSource(filter)).listTables()).extracting(TableRef::key)
                .containsExactly("dm_scan_a.order_lines", "dm_scan_a.orders", "dm_scan_b.big_numbers");
        TableFilter upperCase = new TableFilter(List.of("DM_SCAN_B"), List.of(), List.of());
        assertThat(new SchemaScanner(TestDatabases.mariaDbSource(upperCase)).listTables()).extracting(TableRef::key)
                .as("schema names match case-insensitively, as TableFilter does")
                .containsExactly("dm_scan_b.big_numbers", "dm_scan_b.customers");
    }

    @Test
    void namesTheUnknownDatabaseAndTheExistingOnes() {
        TableFilter filter = new TableFilter(List.of("dm_scan_nope"), List.of(), List.of());

        assertThatThrownBy(() -> new SchemaScanner(TestDatabases.mariaDbSource(filter)).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.UNKNOWN_SCHEMA))
                .hasMessageContaining("'dm_scan_nope'")
                .hasMessageContaining("dm_scan_a, dm_scan_b")
                .hasMessageNotContaining("performance_schema");
    }

    @Test
    void namesTheFilterWhenNothingMatches() {
        TableFilter filter = new TableFilter(List.of("dm_scan_b"), List.of(), List.of("*"));

        assertThatThrownBy(() -> new SchemaScanner(TestDatabases.mariaDbSource(filter)).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.NO_TABLES))
                .hasMessageContaining("exclude '*'");
    }

    @Test
    void sessionIsReadOnly() throws SQLException {
        JdbcSource source = TestDatabases.mariaDbSource(TestDatabases.scanSchemas());
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO dm_scan_a.empty_table VALUES (1)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("READ ONLY");
        }
        assertThat(SCANNER.scan(new TableRef("dm_scan_a", "empty_table")).rowCount()).isEqualTo(RowCount.exact(0));
    }
}
