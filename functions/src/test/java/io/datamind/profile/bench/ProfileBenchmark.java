package io.datamind.profile.bench;

import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableProfiler;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.RowCount;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Profiles dm_bench.wide_1m (1,000,000 rows × 20 mixed columns, created when missing) on the test
 * PostgreSQL and prints a Markdown table: count(*), a plain JDBC stream of the profile's projection,
 * FULL and SAMPLE profiles, and the peak heap of the FULL profile. A main class, not a unit test:
 *
 * <pre>
 * mvn -q -B -o test-compile
 * mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl functions
 * java -Xmx512m -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *     io.datamind.profile.bench.ProfileBenchmark
 * </pre>
 */
public final class ProfileBenchmark {

    private static final long ROWS = 1_000_000;
    private static final int RUNS = 3;
    private static final TableRef TABLE = new TableRef("dm_bench", "wide_1m");

    private final String url;
    private final JdbcSource source;

    private ProfileBenchmark(String url) {
        this.url = url;
        this.source = new JdbcSource(new SourceConfig(url, "postgres", null, TableFilter.ALL, null));
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("DATAMIND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        new ProfileBenchmark(url).run();
    }

    private void run() throws Exception {
        createTableIfMissing();
        TableSchema schema = schema();
        ProfileOptions full = ProfileOptions.DEFAULTS.withMode(ProfileMode.FULL);
        ProfileOptions sample = ProfileOptions.DEFAULTS.withMode(ProfileMode.SAMPLE);

        if ("full".equals(System.getProperty("bench.only"))) {
            TableProfile profile = new TableProfiler(source, full).profile(schema);
            System.out.println("FULL profile: " + profile.rowsProfiled() + " rows in " + profile.durationMs() + " ms");
            return;
        }
        countStar();
        double countMs = median(this::countStar);
        String projection = plainScanSql(schema);
        plainScan(projection);
        double scanMs = median(() -> plainScan(projection));
        double scanCpu = lastCpuMs;

        new TableProfiler(source, full).profile(schema);
        HeapPeaks.reset();
        long[] fullRows = new long[1];
        double fullMs = median(() -> {
            TableProfile profile = new TableProfiler(source, full).profile(schema);
            fullRows[0] = profile.rowsProfiled();
            return profile.durationMs();
        });
        double fullCpu = lastCpuMs;
        long peakHeap = HeapPeaks.bytes();
        long[] sampleRows = new long[1];
        String[] method = new String[1];
        double sampleMs = median(() -> {
            TableProfile profile = new TableProfiler(source, sample).profile(schema);
            sampleRows[0] = profile.rowsProfiled();
            method[0] = profile.method();
            return profile.durationMs();
        });
        double sampleCpu = lastCpuMs;

        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "%n### Profile benchmark: %s (%,d rows × %d columns), Java %s, -Xmx %d MiB, %d CPUs%n%n",
                TABLE, ROWS, schema.columns().size(), System.getProperty("java.version"), maxHeap >> 20,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "Load average at the end: %.1f%n%n", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| measure | rows | wall time (median of " + RUNS + ") | client CPU (median) | note |");
        System.out.println("|---|---:|---:|---:|---|");
        row("SELECT count(*)", ROWS, countMs, Double.NaN, "server only");
        row("JDBC stream of the profile projection, no stats", ROWS, scanMs, scanCpu, "getString per cell, fetch size 10,000");
        row("FULL profile", fullRows[0], fullMs, fullCpu, String.format(Locale.ROOT, "%.2f× the plain stream (wall)", fullMs / scanMs));
        row("SAMPLE profile", sampleRows[0], sampleMs, sampleCpu, method[0]);
        System.out.printf(Locale.ROOT, "%nPeak heap during the FULL profiles (all heap pools, garbage included): %.1f MiB%n",
                peakHeap / 1024.0 / 1024.0);
    }

    private static void row(String measure, long rows, double ms, double cpuMs, String note) {
        String cpu = Double.isNaN(cpuMs) ? "–" : String.format(Locale.ROOT, "%,.0f ms", cpuMs);
        System.out.printf(Locale.ROOT, "| %s | %,d | %,.0f ms | %s | %s |%n", measure, rows, ms, cpu, note);
    }

    private interface Timed {
        long millis() throws Exception;
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** CPU time of this (the only reading) thread in the last {@link #median} call: robust to a loaded machine. */
    private static double lastCpuMs;

    private static double median(Timed timed) throws Exception {
        long[] runs = new long[RUNS];
        long[] cpu = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            runs[i] = timed.millis();
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        }
        Arrays.sort(runs);
        Arrays.sort(cpu);
        lastCpuMs = cpu[RUNS / 2];
        return runs[RUNS / 2];
    }

    private long countStar() throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM dm_bench.wide_1m")) {
            rs.next();
            if (rs.getLong(1) != ROWS) {
                throw new IllegalStateException("dm_bench.wide_1m has " + rs.getLong(1) + " rows");
            }
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** The floor for a full profile: the same bytes over the wire, each cell read once as text. */
    private long plainScan(String sql) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = source.connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(ProfileOptions.DEFAULTS.fetchSize());
                try (ResultSet rs = statement.executeQuery(sql)) {
                    int columns = rs.getMetaData().getColumnCount();
                    long cells = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            if (rs.getString(i) != null) {
                                cells++;
                            }
                        }
                    }
                    if (cells == 0) {
                        throw new IllegalStateException("empty scan");
                    }
                }
            }
            connection.rollback();
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String plainScanSql(TableSchema schema) {
        List<String> select = new ArrayList<>();
        for (ColumnSchema column : schema.columns()) {
            String quoted = source.dialect().quote(column.name());
            boolean unbounded = column.family() == TypeFamily.TEXT && column.maxLength() == null;
            select.add(unbounded ? source.dialect().charLengthExpression(quoted, 256) + ", "
                    + source.dialect().prefixExpression(quoted, 256) : quoted);
        }
        return "SELECT " + String.join(", ", select) + " FROM " + source.dialect().qualifiedName(TABLE);
    }

    private void createTableIfMissing() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", null);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS dm_bench");
            try (ResultSet rs = statement.executeQuery("SELECT to_regclass('dm_bench.wide_1m') IS NOT NULL")) {
                rs.next();
                if (rs.getBoolean(1)) {
                    try (ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM dm_bench.wide_1m")) {
                        count.next();
                        if (count.getLong(1) == ROWS) {
                            return;
                        }
                    }
                }
            }
            System.out.println("creating dm_bench.wide_1m ...");
            statement.execute("DROP TABLE IF EXISTS dm_bench.wide_1m");
            statement.execute("""
                    CREATE TABLE dm_bench.wide_1m AS
                    SELECT g::bigint AS id,
                      (g % 1000)::integer AS qty,
                      CASE WHEN g % 20 = 0 THEN NULL ELSE (g * 31) % 100 END::integer AS score,
                      round(((g * 7919) % 100000) / 100.0, 2)::numeric(12,2) AS price,
                      round(((g * 13) % 10000) / 10000.0, 4)::numeric(10,4) AS tax_rate,
                      sin(g) * 1000 AS ratio,
                      CASE WHEN g % 7 = 0 THEN NULL ELSE cos(g) * 40 END AS temperature,
                      ('name_' || (g % 5000))::varchar(40) AS name,
                      ('user' || g || '@example.com')::varchar(80) AS email,
                      ('AB-' || lpad((g % 10000)::text, 5, '0'))::varchar(12) AS code,
                      (ARRAY['active', 'inactive', 'pending', 'banned'])[(1 + g % 4)::int] AS status,
                      repeat('lorem ipsum dolor sit amet ', (1 + g % 40)::int) AS description,
                      (ARRAY['Paris', 'Lyon', 'Berlin', 'Madrid', 'Rome', 'Oslo'])[(1 + g % 6)::int]::varchar(30) AS city,
                      date '1950-01-01' + (g % 20000)::int AS born,
                      timestamp '2020-01-01' + g * interval '17 seconds' AS created_at,
                      CASE WHEN g % 3 = 0 THEN NULL ELSE timestamptz '2023-01-01 00:00:00+00' + g * interval '3 seconds' END AS updated_at,
                      g % 2 = 0 AS active,
                      CASE WHEN g % 5 = 0 THEN NULL ELSE g % 3 = 0 END AS verified,
                      ((g % 50) / 10.0)::real AS rating,
                      lpad((g % 99999)::text, 5, '0')::char(5) AS zip
                    FROM generate_series(1::bigint, 1000000) g
                    """);
            statement.execute("ANALYZE dm_bench.wide_1m");
        }
    }

    private static TableSchema schema() {
        Object[][] columns = {
                {"id", "bigint", TypeFamily.INTEGER, null},
                {"qty", "integer", TypeFamily.INTEGER, null},
                {"score", "integer", TypeFamily.INTEGER, null},
                {"price", "numeric(12,2)", TypeFamily.DECIMAL, null},
                {"tax_rate", "numeric(10,4)", TypeFamily.DECIMAL, null},
                {"ratio", "double precision", TypeFamily.FLOAT, null},
                {"temperature", "double precision", TypeFamily.FLOAT, null},
                {"name", "character varying(40)", TypeFamily.TEXT, 40},
                {"email", "character varying(80)", TypeFamily.TEXT, 80},
                {"code", "character varying(12)", TypeFamily.TEXT, 12},
                {"status", "text", TypeFamily.TEXT, null},
                {"description", "text", TypeFamily.TEXT, null},
                {"city", "character varying(30)", TypeFamily.TEXT, 30},
                {"born", "date", TypeFamily.DATE, null},
                {"created_at", "timestamp without time zone", TypeFamily.TIMESTAMP, null},
                {"updated_at", "timestamp with time zone", TypeFamily.TIMESTAMP, null},
                {"active", "boolean", TypeFamily.BOOLEAN, null},
                {"verified", "boolean", TypeFamily.BOOLEAN, null},
                {"rating", "real", TypeFamily.FLOAT, null},
                {"zip", "character(5)", TypeFamily.TEXT, 5},
        };
        List<ColumnSchema> list = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            Object[] c = columns[i];
            list.add(new ColumnSchema(i + 1, (String) c[0], (String) c[1], (TypeFamily) c[2], true, null, null,
                    false, false, (Integer) c[3]));
        }
        return new TableSchema(TABLE, TableKind.TABLE, null, list, null, List.of(), List.of(), List.of(),
                RowCount.exact(ROWS), List.of(), null);
    }
}
