package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datamind.docs.Json;
import io.datamind.scan.Dialect;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A hybrid profile of a table larger than the full-mode limit: its totals are counted over every row, so they equal
 * the figures of a FULL profile of the same table (itself checked against SQL elsewhere) and catch the rare values
 * planted once among 20,000 rows, which a 2,000-row sample mostly misses; everything else describes the sample.
 */
class HybridProfileTest {

    static final int ROWS = 20_000;
    static final int OUTLIER_ROW = 12_345;
    static final int EMPTY_LABEL_ROW = 7_777;
    static final int FUTURE_DAY_ROW = 4_242;
    static final int NULL_RATIO_ROW = 999;
    static final ProfileOptions HYBRID = new ProfileOptions(ProfileMode.HYBRID, 1_000, 2_000, 10_000, 5_000);
    static final ProfileOptions FULL = HYBRID.withMode(ProfileMode.FULL);

    @TempDir
    static Path dir;

    /** One server or file database, the SQL types it names the test columns by, and a table filled from Java. */
    record Database(String name, String url, String user, String schema, String doubleType, String binaryType,
                    boolean datesAsText) {

        JdbcSource source() {
            return new JdbcSource(new SourceConfig(url, user, user.equals("root") ? "" : null, TableFilter.ALL, null));
        }

        Connection admin() throws SQLException {
            return DriverManager.getConnection(url, user, user.equals("root") ? "" : null);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Database> databases() {
        return Stream.of(
                new Database("PostgreSQL", TestDatabases.PG_URL, "postgres", "dm_hybrid", "DOUBLE PRECISION", "BYTEA", false),
                new Database("MariaDB", TestDatabases.MARIADB_URL, "root", "dm_hybrid", "DOUBLE", "BLOB", false),
                new Database("SQLite", "jdbc:sqlite:" + dir.resolve("hybrid.db"), "", null, "REAL", "BLOB", true),
                new Database("H2", "jdbc:h2:file:" + dir.resolve("hybrid"), "", "PUBLIC", "DOUBLE PRECISION",
                        "VARBINARY(100)", false));
    }

    static TableSchema schema(Database db) {
        return Schemas.table(db.schema(), "hybrid")
                .requiredColumn("id", "bigint", TypeFamily.INTEGER)
                .column("qty", "integer", TypeFamily.INTEGER)
                .column("amount", "decimal(12,2)", TypeFamily.DECIMAL)
                .column("ratio", db.doubleType().toLowerCase(), TypeFamily.FLOAT)
                .column("flag", "boolean", TypeFamily.BOOLEAN)
                .column("day", "date", TypeFamily.DATE)
                .column("seen", "timestamp", TypeFamily.TIMESTAMP)
                .column("order", "varchar(40)", TypeFamily.TEXT, 40)
                .column("payload", db.binaryType().toLowerCase(), TypeFamily.BINARY)
                .column("only_null", "integer", TypeFamily.INTEGER)
                .rows(ROWS);
    }

    @BeforeAll
    static void createTables() throws SQLException {
        for (Database db : databases().toList()) {
            try (Connection admin = db.admin()) {
                create(db, admin);
            }
        }
    }

    @AfterAll
    static void dropTables() throws SQLException {
        try (Connection admin = TestDatabases.postgresAdmin()) {
            TestDatabases.execute(admin, "DROP SCHEMA IF EXISTS dm_hybrid CASCADE");
        }
        try (Connection admin = TestDatabases.mariadbAdmin()) {
            TestDatabases.execute(admin, "DROP DATABASE IF EXISTS dm_hybrid");
        }
    }

    private static void create(Database db, Connection admin) throws SQLException {
        Dialect dialect = db.source().dialect();
        String table = db.schema() == null ? dialect.quote("hybrid") : dialect.quote(db.schema()) + "." + dialect.quote("hybrid");
        List<String> ddl = new ArrayList<>();
        if (db.name().equals("PostgreSQL")) {
            ddl.add("DROP SCHEMA IF EXISTS dm_hybrid CASCADE");
            ddl.add("CREATE SCHEMA dm_hybrid");
        } else if (db.name().equals("MariaDB")) {
            ddl.add("DROP DATABASE IF EXISTS dm_hybrid");
            ddl.add("CREATE DATABASE dm_hybrid");
        } else {
            ddl.add("DROP TABLE IF EXISTS " + table);
        }
        List<String> columns = List.of("id BIGINT NOT NULL", "qty INTEGER", "amount DECIMAL(12,2)",
                "ratio " + db.doubleType(), "flag BOOLEAN", "day DATE", "seen TIMESTAMP", "order VARCHAR(40)",
                "payload " + db.binaryType(), "only_null INTEGER");
        ddl.add("CREATE TABLE " + table + " (" + String.join(", ", columns.stream()
                .map(c -> dialect.quote(c.substring(0, c.indexOf(' '))) + c.substring(c.indexOf(' '))).toList()) + ")");
        TestDatabases.execute(admin, ddl.toArray(String[]::new));
        admin.setAutoCommit(false);
        try (PreparedStatement insert = admin.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 1; i <= ROWS; i++) {
                insert.setLong(1, i);
                insert.setObject(2, i % 10 == 0 ? null : i % 7 - 3, java.sql.Types.INTEGER);
                insert.setBigDecimal(3, i == OUTLIER_ROW ? new BigDecimal("9999999.99")
                        : i % 11 == 0 ? null : BigDecimal.valueOf((i * 37L) % 1000 * 137 - 30_000, 2));
                insert.setObject(4, ((i * 7919L) % 10007) / 4.0, java.sql.Types.DOUBLE);
                insert.setObject(5, i % 17 == 0 ? null : i % 3 == 0, java.sql.Types.BOOLEAN);
                LocalDate day = i == FUTURE_DAY_ROW ? LocalDate.of(2099, 12, 31) : LocalDate.of(2020, 1, 1).plusDays(i % 1500);
                LocalDateTime seen = i % 19 == 0 ? null : LocalDateTime.of(2024, 3, 1, 0, 0).plusMinutes(i);
                if (db.datesAsText()) {
                    insert.setString(6, day.toString());
                    insert.setString(7, seen == null ? null : seen.toString().replace('T', ' ') + ":00");
                } else {
                    insert.setObject(6, day);
                    insert.setObject(7, seen);
                }
                insert.setString(8, i == EMPTY_LABEL_ROW ? "" : i == NULL_RATIO_ROW || i % 13 == 0 ? null : "cat_" + i % 17);
                insert.setBytes(9, i % 9 == 0 ? null : new byte[i % 64]);
                insert.setObject(10, null, java.sql.Types.INTEGER);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        admin.commit();
        admin.setAutoCommit(true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void totalsEqualTheFullProfilesFiguresWhileTheRestDescribesTheSample(Database db) {
        TableSchema schema = schema(db);
        TableProfile hybrid = new TableProfiler(db.source(), HYBRID).profile(schema);
        TableProfile full = new TableProfiler(db.source(), FULL).profile(schema);

        assertThat(hybrid.sampled()).isTrue();
        assertThat(hybrid.rowsProfiled()).isLessThan(ROWS);
        assertThat(hybrid.totals().rows()).isEqualTo(ROWS);
        assertThat(hybrid.exactRows()).contains((long) ROWS);
        for (ColumnProfile sampled : hybrid.columns()) {
            assertThat(sampled.rows()).as("%s describes the sample", sampled.column()).isEqualTo(hybrid.rowsProfiled());
            assertThat(sampled.totals()).as("%s totals", sampled.column())
                    .isEqualTo(expectedTotals(full.column(sampled.column()).orElseThrow()));
        }
    }

    /** What the totals must say: the FULL profile's own figures, where the totals count one. */
    private static ColumnTotals expectedTotals(ColumnProfile full) {
        TypeFamily family = full.family();
        return new ColumnTotals(full.nullCount(), full.nullRatio(),
                full.numeric() == null ? null : new ColumnTotals.NumberRange(full.numeric().min(), full.numeric().max()),
                full.temporal() == null ? null : new ColumnTotals.TimeRange(full.temporal().min(), full.temporal().max()),
                family == TypeFamily.TEXT ? full.text().emptyCount() : null,
                full.bool(),
                full.size() == null ? null : new ColumnTotals.ByteRange(full.size().minBytes(), full.size().maxBytes()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theRareValuesPlantedOnceAreCounted(Database db) {
        TableProfile hybrid = new TableProfiler(db.source(), HYBRID).profile(schema(db));

        assertThat(totals(hybrid, "amount").numeric().max()).isEqualTo(9_999_999.99);
        assertThat(totals(hybrid, "day").temporal().max()).isEqualTo("2099-12-31");
        assertThat(totals(hybrid, "order").emptyCount()).isEqualTo(1);
        long labelNulls = ROWS / 13 + 1;
        assertThat(totals(hybrid, "order").nullCount()).isEqualTo(labelNulls);
        assertThat(totals(hybrid, "order").nullRatio()).isCloseTo((double) labelNulls / ROWS, within(1e-12));
        assertThat(totals(hybrid, "id").nullCount()).isZero();
        assertThat(totals(hybrid, "only_null").nullRatio()).isEqualTo(1.0);
        assertThat(totals(hybrid, "only_null").numeric()).isNull();
        long trues = 0;
        long falses = 0;
        for (int i = 1; i <= ROWS; i++) {
            if (i % 17 != 0) {
                if (i % 3 == 0) {
                    trues++;
                } else {
                    falses++;
                }
            }
        }
        assertThat(totals(hybrid, "flag").bool()).isEqualTo(new BooleanStats(trues, falses));
        assertThat(totals(hybrid, "payload").size()).isEqualTo(new ColumnTotals.ByteRange(0, 63));
    }

    private static ColumnTotals totals(TableProfile profile, String column) {
        return profile.column(column).orElseThrow().totals();
    }

    @Test
    void theSampleOfAHybridProfileIsTheSampleProfile() {
        Database postgres = databases().findFirst().orElseThrow();
        TableSchema schema = schema(postgres);
        TableProfile hybrid = new TableProfiler(postgres.source(), HYBRID).profile(schema);
        TableProfile sample = new TableProfiler(postgres.source(), HYBRID.withMode(ProfileMode.SAMPLE)).profile(schema);

        assertThat(hybrid.method()).isEqualTo(sample.method());
        assertThat(hybrid.rowsProfiled()).isEqualTo(sample.rowsProfiled());
        assertThat(hybrid.columns()).extracting(c -> withoutSketchedQuantiles(c.withTotals(null)))
                .isEqualTo(sample.columns().stream().map(HybridProfileTest::withoutSketchedQuantiles).toList());
        assertThat(sample.totals()).isNull();
    }

    /** Step results travel between Lambda functions as JSON. */
    @Test
    void aHybridProfileSurvivesItsJsonRoundTrip() throws Exception {
        Database postgres = databases().findFirst().orElseThrow();
        TableProfile hybrid = new TableProfiler(postgres.source(), HYBRID).profile(schema(postgres));

        String json = Json.mapper().writeValueAsString(hybrid);

        assertThat(Json.mapper().readValue(json, TableProfile.class)).isEqualTo(hybrid);
        assertThat(json).contains("\"totals\":{\"rows\":20000");
    }

    /** The KLL sketch compacts at random, so two reads of the same rows may differ within its rank error. */
    private static ColumnProfile withoutSketchedQuantiles(ColumnProfile c) {
        NumericStats n = c.numeric();
        NumericStats exact = n == null ? null
                : new NumericStats(n.min(), n.max(), n.mean(), n.stddev(), n.sum(), n.zeros(), n.negatives(), null, null);
        return new ColumnProfile(c.column(), c.family(), c.rows(), c.nullCount(), c.nullRatio(), c.distinct(),
                c.uniquenessRatio(), c.topValues(), c.samples(), exact, c.temporal(), c.text(), c.bool(), c.size(),
                c.semantics(), c.totals());
    }

    @Test
    void aTableWithinTheFullLimitIsReadWholeWithoutTotals() {
        Database postgres = databases().findFirst().orElseThrow();
        TableSchema small = Schemas.table("dm_hybrid", "hybrid").column("qty", "integer", TypeFamily.INTEGER).rows(500);
        TableProfile profile = new TableProfiler(postgres.source(), HYBRID).profile(small);

        assertThat(profile.sampled()).isFalse();
        assertThat(profile.rowsProfiled()).isEqualTo(ROWS);
        assertThat(profile.totals()).isNull();
        assertThat(profile.exactRows()).contains((long) ROWS);
        assertThat(profile.column("qty").orElseThrow().totals()).isNull();
    }

    @Test
    void aTableTooWideForOneSelectListIsCountedInSeveralQueriesOfOneSnapshot() throws SQLException {
        int width = 700;
        StringBuilder ddl = new StringBuilder("CREATE TABLE dm_hybrid.wide (");
        StringBuilder values = new StringBuilder("INSERT INTO dm_hybrid.wide SELECT ");
        Schemas wide = Schemas.table("dm_hybrid", "wide");
        for (int c = 0; c < width; c++) {
            ddl.append(c == 0 ? "" : ", ").append("c").append(c).append(" integer");
            values.append(c == 0 ? "" : ", ").append("CASE WHEN g % ").append(c + 2).append(" = 0 THEN NULL ELSE g * ")
                    .append(c).append(" END");
            wide.column("c" + c, "integer", TypeFamily.INTEGER);
        }
        try (Connection admin = TestDatabases.postgresAdmin()) {
            TestDatabases.execute(admin, ddl.append(")").toString(),
                    values.append(" FROM generate_series(1, 300) g").toString());
        }
        TableSchema schema = wide.rows(5_000);
        JdbcSource source = databases().findFirst().orElseThrow().source();

        TableProfile hybrid = new TableProfiler(source, HYBRID).profile(schema);
        TableProfile full = new TableProfiler(source, FULL).profile(schema);

        assertThat(width * 3 + 1).as("more aggregates than one query takes").isGreaterThan(2 * TotalsCounter.MAX_AGGREGATES);
        assertThat(hybrid.totals().rows()).isEqualTo(300);
        for (ColumnProfile column : hybrid.columns()) {
            assertThat(column.totals()).as(column.column())
                    .isEqualTo(expectedTotals(full.column(column.column()).orElseThrow()));
        }
    }

    @Test
    void nanOrAnInfinityLeavesTheRangeUnknownAndAnEmptyTableCountsNothing() throws SQLException {
        try (Connection admin = TestDatabases.postgresAdmin()) {
            TestDatabases.execute(admin,
                    "CREATE TABLE dm_hybrid.odd (x DOUBLE PRECISION, y DOUBLE PRECISION, b BOOLEAN, t TEXT)",
                    "INSERT INTO dm_hybrid.odd VALUES (1, 1, true, 'a'), ('NaN', 2, false, ''), (3, 'Infinity', NULL, NULL)",
                    "CREATE TABLE dm_hybrid.nothing (x DOUBLE PRECISION, b BOOLEAN, t TEXT, d DATE)");
        }
        JdbcSource source = databases().findFirst().orElseThrow().source();
        TableSchema odd = Schemas.table("dm_hybrid", "odd").column("x", "double precision", TypeFamily.FLOAT)
                .column("y", "double precision", TypeFamily.FLOAT).column("b", "boolean", TypeFamily.BOOLEAN)
                .column("t", "text", TypeFamily.TEXT).rows(5_000);
        TableProfile profile = new TableProfiler(source, HYBRID).profile(odd);
        assertThat(totals(profile, "x").numeric()).isNull();
        assertThat(totals(profile, "y").numeric()).isNull();
        assertThat(totals(profile, "b").bool()).isEqualTo(new BooleanStats(1, 1));
        assertThat(totals(profile, "t").emptyCount()).isEqualTo(1);

        TableSchema nothing = Schemas.table("dm_hybrid", "nothing").column("x", "double precision", TypeFamily.FLOAT)
                .column("b", "boolean", TypeFamily.BOOLEAN).column("t", "text", TypeFamily.TEXT)
                .column("d", "date", TypeFamily.DATE).rows(5_000);
        TableProfile empty = new TableProfiler(source, HYBRID).profile(nothing);
        assertThat(empty.totals().rows()).isZero();
        assertThat(empty.columns()).extracting(ColumnProfile::totals).containsExactly(
                new ColumnTotals(0, 0.0, null, null, null, null, null),
                new ColumnTotals(0, 0.0, null, null, null, new BooleanStats(0, 0), null),
                new ColumnTotals(0, 0.0, null, null, 0L, null, null),
                new ColumnTotals(0, 0.0, null, null, null, null, null));
    }
}
