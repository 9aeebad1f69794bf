package io.datamind.scan.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.datamind.scan.CatalogReadException;
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

/** Scans the real PostgreSQL fixture in fixtures/postgres-scan.sql. */
class PostgresScanTest {

    private static final SchemaScanner SCANNER = new SchemaScanner(TestDatabases.postgresSource(TestDatabases.scanSchemas()));

    @BeforeAll
    static void createFixture() throws SQLException {
        try (Connection connection = TestDatabases.adminPostgres()) {
            TestDatabases.runScript(connection, "/fixtures/postgres-scan.sql");
        }
    }

    @Test
    void listsTablesViewsAndPartitionedParentsButNeverPartitions() {
        assertThat(SCANNER.listTables()).extracting(TableRef::key).containsExactly(
                "dm_scan_a.Order Details",
                "dm_scan_a.all_types",
                "dm_scan_a.customer_emails",
                "dm_scan_a.empty_table",
                "dm_scan_a.event_notes",
                "dm_scan_a.events",
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
        assertThat(lines.primaryKey()).isEqualTo(new PrimaryKey("order_lines_pkey", List.of("line_id")));
        assertThat(lines.foreignKeys()).containsExactly(new ForeignKey("order_lines_order_fk",
                List.of("region", "order_no"), new TableRef("dm_scan_a", "orders"), List.of("region", "order_no"), true));
        assertThat(lines.uniqueConstraints()).containsExactly(
                new UniqueConstraint("order_lines_sku_uq", List.of("region", "order_no", "sku")));
        assertThat(lines.column("line_id").orElseThrow())
                .extracting(ColumnSchema::identity, ColumnSchema::generated, ColumnSchema::nullable)
                .containsExactly(true, false, false);
        assertThat(lines.rowCount()).isEqualTo(RowCount.exact(2));
    }

    @Test
    void aForeignKeyAddedNotValidIsReadAsNotValidated() throws SQLException {
        try (Connection connection = TestDatabases.adminPostgres()) {
            io.datamind.testing.TestDatabases.execute(connection, "DROP SCHEMA IF EXISTS dm_se_fk CASCADE", "CREATE SCHEMA dm_se_fk",
                    "CREATE TABLE dm_se_fk.parent (id int PRIMARY KEY)", "CREATE TABLE dm_se_fk.child (parent_id int)",
                    "INSERT INTO dm_se_fk.child VALUES (7)",
                    "ALTER TABLE dm_se_fk.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id)"
                            + " REFERENCES dm_se_fk.parent NOT VALID");
        }
        TableSchema child = new SchemaScanner(TestDatabases.postgresSource(new TableFilter(List.of("dm_se_fk"), List.of(), List.of())))
                .scan(new TableRef("dm_se_fk", "child"));

        assertThat(child.foreignKeys()).singleElement().satisfies(fk -> {
            assertThat(fk.validated()).isFalse();
            assertThat(fk.provenByDatabase()).isFalse();
        });
    }

    @Test
    void readsCompositePrimaryKeyCrossSchemaForeignKeyCommentsAndIndexes() {
        TableSchema orders = SCANNER.scan(new TableRef("dm_scan_a", "orders"));

        assertThat(orders.comment()).isEqualTo("One row per checkout");
        assertThat(orders.primaryKey()).isEqualTo(new PrimaryKey("orders_pkey", List.of("region", "order_no")));
        assertThat(orders.foreignKeys()).containsExactly(new ForeignKey("orders_customer_id_fkey",
                List.of("customer_id"), new TableRef("dm_scan_b", "customers"), List.of("id"), true));
        ColumnSchema placedAt = orders.column("placed_at").orElseThrow();
        assertThat(placedAt.comment()).isEqualTo("When the customer pressed \"buy\"");
        assertThat(placedAt.defaultValue()).isEqualTo("now()");
        assertThat(placedAt.declaredType()).isEqualTo("timestamp with time zone");
        assertThat(placedAt.nullable()).isFalse();
        assertThat(orders.column("region").orElseThrow())
                .extracting(ColumnSchema::declaredType, ColumnSchema::maxLength, ColumnSchema::nullable)
                .containsExactly("character(2)", 2, false);
        assertThat(orders.indexes()).containsExactly(
                new IndexInfo("orders_pkey", List.of("region", "order_no"), true,
                        "CREATE UNIQUE INDEX orders_pkey ON dm_scan_a.orders USING btree (region, order_no)"),
                new IndexInfo("orders_placed_idx", List.of("placed_at"), false,
                        "CREATE INDEX orders_placed_idx ON dm_scan_a.orders USING btree (placed_at DESC)"));
        assertThat(orders.rowCount()).isEqualTo(RowCount.exact(3));
        assertThat(orders.viewDefinition()).isNull();
        assertThat(orders.partitions()).isEmpty();
    }

    @Test
    void readsUniqueConstraintTableCommentAndIdentityOnTheOtherSchema() {
        TableSchema customers = SCANNER.scan(new TableRef("dm_scan_b", "customers"));

        assertThat(customers.comment()).isEqualTo("People who buy things");
        assertThat(customers.uniqueConstraints()).containsExactly(
                new UniqueConstraint("customers_email_key", List.of("email")));
        assertThat(customers.indexes()).extracting(IndexInfo::name, IndexInfo::unique)
                .containsExactly(tuple("customers_email_key", true), tuple("customers_pkey", true));
        assertThat(customers.column("id").orElseThrow())
                .extracting(ColumnSchema::identity, ColumnSchema::defaultValue)
                .containsExactly(true, null);
        assertThat(customers.column("email").orElseThrow())
                .extracting(ColumnSchema::declaredType, ColumnSchema::family, ColumnSchema::maxLength)
                .containsExactly("character varying(200)", TypeFamily.TEXT, 200);
    }

    @Test
    void mapsEveryCommonTypeToItsFamily() {
        TableSchema types = SCANNER.scan(new TableRef("dm_scan_a", "all_types"));

        assertThat(types.columns()).extracting(ColumnSchema::name, ColumnSchema::declaredType, ColumnSchema::family)
                .containsExactly(
                        tuple("c_smallint", "smallint", TypeFamily.INTEGER),
                        tuple("c_integer", "integer", TypeFamily.INTEGER),
                        tuple("c_bigint", "bigint", TypeFamily.INTEGER),
                        tuple("c_serial", "integer", TypeFamily.INTEGER),
                        tuple("c_bigserial", "bigint", TypeFamily.INTEGER),
                        tuple("c_numeric", "numeric(12,2)", TypeFamily.DECIMAL),
                        tuple("c_real", "real", TypeFamily.FLOAT),
                        tuple("c_double", "double precision", TypeFamily.FLOAT),
                        tuple("c_money", "money", TypeFamily.DECIMAL),
                        tuple("c_boolean", "boolean", TypeFamily.BOOLEAN),
                        tuple("c_char", "character(3)", TypeFamily.TEXT),
                        tuple("c_varchar", "character varying(120)", TypeFamily.TEXT),
                        tuple("c_text", "text", TypeFamily.TEXT),
                        tuple("c_name", "name", TypeFamily.TEXT),
                        tuple("c_date", "date", TypeFamily.DATE),
                        tuple("c_time", "time without time zone", TypeFamily.TIME),
                        tuple("c_timetz", "time with time zone", TypeFamily.TIME),
                        tuple("c_timestamp", "timestamp without time zone", TypeFamily.TIMESTAMP),
                        tuple("c_timestamptz", "timestamp with time zone", TypeFamily.TIMESTAMP),
                        tuple("c_interval", "interval", TypeFamily.INTERVAL),
                        tuple("c_uuid", "uuid", TypeFamily.UUID),
                        tuple("c_json", "json", TypeFamily.JSON),
                        tuple("c_jsonb", "jsonb", TypeFamily.JSON),
                        tuple("c_bytea", "bytea", TypeFamily.BINARY),
                        tuple("c_point", "point", TypeFamily.GEOMETRY),
                        tuple("c_polygon", "polygon", TypeFamily.GEOMETRY),
                        tuple("c_int_array", "integer[]", TypeFamily.ARRAY),
                        tuple("c_text_array", "text[]", TypeFamily.ARRAY),
                        tuple("c_mood", "dm_scan_a.mood", TypeFamily.TEXT),
                        tuple("c_inet", "inet", TypeFamily.TEXT),
                        tuple("c_cidr", "cidr", TypeFamily.TEXT),
                        tuple("c_macaddr", "macaddr", TypeFamily.TEXT),
                        tuple("c_xml", "xml", TypeFamily.TEXT),
                        tuple("c_tsvector", "tsvector", TypeFamily.OTHER),
                        tuple("c_code", "dm_scan_a.short_code", TypeFamily.TEXT),
                        tuple("c_doubled", "numeric", TypeFamily.DECIMAL));
        assertThat(types.column("c_varchar").orElseThrow().maxLength()).isEqualTo(120);
        assertThat(types.column("c_code").orElseThrow().maxLength()).isEqualTo(8);
        assertThat(types.column("c_text").orElseThrow().maxLength()).isNull();
        assertThat(types.column("c_integer").orElseThrow())
                .extracting(ColumnSchema::nullable, ColumnSchema::defaultValue).containsExactly(false, "7");
        assertThat(types.column("c_serial").orElseThrow())
                .extracting(ColumnSchema::identity, ColumnSchema::defaultValue)
                .containsExactly(true, "nextval('dm_scan_a.all_types_c_serial_seq'::regclass)");
        assertThat(types.column("c_doubled").orElseThrow())
                .extracting(ColumnSchema::generated, ColumnSchema::identity, ColumnSchema::defaultValue)
                .containsExactly(true, false, "(c_numeric * (2)::numeric)");
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
                "CREATE INDEX \"Order Details_Größe_idx\" ON dm_scan_a.\"Order Details\" USING btree (\"Größe\", \"CustomerID\")"));
    }

    @Test
    void documentsPartitionedTableOnceWithItsPartitions() {
        TableSchema events = SCANNER.scan(new TableRef("dm_scan_a", "events"));

        assertThat(events.kind()).isEqualTo(TableKind.PARTITIONED_TABLE);
        assertThat(events.partitions()).containsExactly("events_2025", "events_2026");
        assertThat(events.primaryKey()).isEqualTo(new PrimaryKey("events_pkey", List.of("id", "happened_on")));
        assertThat(events.rowCount()).isEqualTo(RowCount.exact(5));
        assertThat(events.column("payload").orElseThrow().family()).isEqualTo(TypeFamily.JSON);
        assertThat(SCANNER.scan(new TableRef("dm_scan_a", "event_notes")).foreignKeys())
                .as("one key, not one per partition").containsExactly(new ForeignKey("event_notes_event_fk",
                        List.of("event_id", "happened_on"), new TableRef("dm_scan_a", "events"),
                        List.of("id", "happened_on"), true));
    }

    @Test
    void readsViewsAndMaterializedViews() {
        TableSchema summary = SCANNER.scan(new TableRef("dm_scan_a", "order_summary"));
        TableSchema emails = SCANNER.scan(new TableRef("dm_scan_a", "customer_emails"));

        assertThat(summary.kind()).isEqualTo(TableKind.VIEW);
        assertThat(summary.viewDefinition()).contains("count(*) AS orders").contains("GROUP BY orders.region");
        assertThat(summary.columns()).extracting(ColumnSchema::name, ColumnSchema::family)
                .containsExactly(tuple("region", TypeFamily.TEXT), tuple("orders", TypeFamily.INTEGER));
        assertThat(summary.rowCount()).isEqualTo(RowCount.exact(2));
        assertThat(emails.kind()).isEqualTo(TableKind.MATERIALIZED_VIEW);
        assertThat(emails.viewDefinition()).contains("FROM dm_scan_b.customers");
        assertThat(emails.rowCount()).isEqualTo(RowCount.exact(2));
    }

    @Test
    void countsSmallTablesExactlyAndTakesTheEstimateForLargeOnes() {
        RowCount big = SCANNER.scan(new TableRef("dm_scan_b", "big_numbers")).rowCount();

        assertThat(big.exact()).isFalse();
        assertThat(big.value()).isBetween(140_000L, 160_000L);
        assertThat(SCANNER.scan(new TableRef("dm_scan_a", "empty_table")).rowCount()).isEqualTo(RowCount.exact(0));
    }

    @Test
    void appliesIncludeAndExcludeGlobs() {
        TableFilter filter = new TableFilter(TestDatabases.SCAN_SCHEMAS, List.of("dm_scan_a.order*", "big_*"),
                List.of("*_summary"));

        assertThat(new SchemaScanner(TestDatabases.postgresSource(filter)).listTables()).extracting(TableRef::key)
                .containsExactly("dm_scan_a.order_lines", "dm_scan_a.orders", "dm_scan_b.big_numbers");
    }

    @Test
    void namesTheUnknownSchemaAndTheExistingOnes() {
        TableFilter filter = new TableFilter(List.of("dm_scan_a", "dm_scan_nope"), List.of(), List.of());

        assertThatThrownBy(() -> new SchemaScanner(TestDatabases.postgresSource(filter)).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.UNKNOWN_SCHEMA))
                .hasMessageContaining("'dm_scan_nope'")
                .hasMessageContaining("dm_scan_a, dm_scan_b")
                .hasMessageNotContaining("pg_catalog");
    }

    @Test
    void namesTheFilterWhenNothingMatches() {
        TableFilter filter = new TableFilter(List.of("dm_scan_a"), List.of("no_such_*"), List.of());

        assertThatThrownBy(() -> new SchemaScanner(TestDatabases.postgresSource(filter)).listTables())
                .isInstanceOfSatisfying(SourceAccessException.class,
                        e -> assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.NO_TABLES))
                .hasMessageContaining("include 'no_such_*'")
                .hasMessageContaining("schemas 'dm_scan_a'");
    }

    @Test
    void failsClearlyForATableThatDoesNotExist() {
        assertThatThrownBy(() -> SCANNER.scan(new TableRef("dm_scan_a", "events_2099")))
                .isInstanceOf(CatalogReadException.class)
                .hasMessageContaining("dm_scan_a.events_2099");
    }

    @Test
    void sessionIsReadOnly() throws SQLException {
        JdbcSource source = TestDatabases.postgresSource(TestDatabases.scanSchemas());
        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO dm_scan_a.empty_table VALUES (1)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("read-only transaction");
        }
        assertThat(SCANNER.scan(new TableRef("dm_scan_a", "empty_table")).rowCount()).isEqualTo(RowCount.exact(0));
    }
}
