package io.datamind.bench;

import io.datamind.bench.WorkloadPlan.ColumnPlan;
import io.datamind.bench.WorkloadPlan.ForeignKeyPlan;
import io.datamind.bench.WorkloadPlan.TablePlan;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Builds the "Scale and speed" workload in PostgreSQL: a schema of many tables (widths 5 to 120, mixed
 * types, PII-like and dirty values, a DAG of foreign keys, some composite) and one wide table of millions of
 * rows. Every row is computed by the server ({@code INSERT … SELECT … FROM generate_series}) after a per-table
 * {@code setseed}, so nothing streams through Java and a seed always rebuilds the same data. The schema's
 * comment records what was built; a second run with the same options does nothing unless {@code --force}.
 *
 * <pre>
 * mvn -q -B -o test-compile
 * mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl functions
 * java -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *     io.datamind.bench.WorkloadGenerator --schema dm_scale --tables 500 --big-rows 10000000
 * </pre>
 */
public final class WorkloadGenerator {

    static final String BIG_TABLE = "big_10m";
    private static final long BIG_CHUNK = 1_000_000;

    private final WorkloadOptions options;

    WorkloadGenerator(WorkloadOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        WorkloadOptions options = WorkloadOptions.parse(args);
        new WorkloadGenerator(options).build();
    }

    /** Builds the workload, or does nothing when the schema's marker says it is already built; returns the plan. */
    WorkloadPlan build() throws Exception {
        WorkloadPlan plan = WorkloadPlan.create(options.seed(), options.tables(), options.maxRows());
        try (Connection connection = connect()) {
            if (!options.force() && marker().equals(currentMarker(connection))) {
                System.out.printf("%s already built (%s); --force rebuilds it%n", options.schema(), marker());
                return plan;
            }
            long start = System.nanoTime();
            timed("schema and " + plan.tables().size() + " tables created", () -> createTables(connection, plan));
            timed(plan.tables().stream().mapToLong(TablePlan::rows).sum() + " rows inserted", () -> fillTables(plan));
            timed(plan.tables().stream().mapToInt(t -> t.foreignKeys().size()).sum() + " foreign keys added",
                    () -> addForeignKeys(connection, plan));
            timed("tables analyzed", () -> analyze(plan.tables().stream().map(TablePlan::name).toList()));
            System.out.printf("%d tables: %.1f s, %s%n", plan.tables().size(), seconds(start), size(connection, null));
            if (!options.skipBig()) {
                long bigStart = System.nanoTime();
                timed(BIG_TABLE + ": " + options.bigRows() + " rows × 20 columns", () -> buildBigTable(connection));
                System.out.printf("%s: %.1f s, %s%n", BIG_TABLE, seconds(bigStart), size(connection, BIG_TABLE));
            }
            execute(connection, "COMMENT ON SCHEMA " + q(options.schema()) + " IS '" + marker() + "'");
            System.out.printf("total %.1f s, schema size %s%n", seconds(start), size(connection, null));
        }
        return plan;
    }

    String marker() {
        return "datamind workload seed=" + options.seed() + " tables=" + options.tables() + " max_rows="
                + options.maxRows() + " big_rows=" + options.bigRows();
    }

    private void createTables(Connection connection, WorkloadPlan plan) throws SQLException {
        execute(connection, "DROP SCHEMA IF EXISTS " + q(options.schema()) + " CASCADE");
        execute(connection, "CREATE SCHEMA " + q(options.schema()));
        for (TablePlan table : plan.tables()) {
            String columns = table.columns().stream().map(c -> q(c.name()) + " " + c.sqlType() + notNull(table, c))
                    .collect(Collectors.joining(", "));
            execute(connection, "CREATE TABLE " + table(table.name()) + " (" + columns + ", PRIMARY KEY ("
                    + quoted(table.primaryKey()) + "))");
            if (table.comment() != null) {
                execute(connection, "COMMENT ON TABLE " + table(table.name()) + " IS '" + table.comment() + "'");
            }
            commentFirstPiiColumn(connection, table);
        }
    }

    private void commentFirstPiiColumn(Connection connection, TablePlan table) throws SQLException {
        for (ColumnPlan column : table.columns()) {
            if (column.kind() != null && column.kind().isPii()) {
                execute(connection, "COMMENT ON COLUMN " + table(table.name()) + "." + q(column.name())
                        + " IS 'Personal data: " + column.kind().name().toLowerCase().replace('_', ' ') + "'");
                return;
            }
        }
    }

    private void fillTables(WorkloadPlan plan) throws Exception {
        inParallel(plan.tables().stream().filter(t -> t.rows() > 0).map(t -> (SqlTask) connection -> {
            execute(connection, "SELECT setseed(" + t.randomSeed() + ")");
            execute(connection, "INSERT INTO " + table(t.name()) + " (" + quoted(names(t.columns())) + ") SELECT "
                    + t.columns().stream().map(ColumnPlan::expression).collect(Collectors.joining(", "))
                    + " FROM generate_series(1::bigint, " + t.rows() + "::bigint) AS g");
        }).toList());
    }

    private void addForeignKeys(Connection connection, WorkloadPlan plan) throws SQLException {
        for (TablePlan table : plan.tables()) {
            for (ForeignKeyPlan key : table.foreignKeys()) {
                // A dirty key is declared NOT VALID, like a legacy constraint added over rows that break it.
                execute(connection, "ALTER TABLE " + table(table.name()) + " ADD CONSTRAINT " + q(key.name())
                        + " FOREIGN KEY (" + quoted(key.columns()) + ") REFERENCES " + table(key.parentTable())
                        + " (" + quoted(key.parentColumns()) + ")" + (key.dirty() ? " NOT VALID" : ""));
            }
        }
    }

    private void buildBigTable(Connection connection) throws Exception {
        List<ColumnKind> kinds = Arrays.asList(ColumnKind.values());
        List<String> definitions = new ArrayList<>(List.of("id bigint NOT NULL"));
        List<String> expressions = new ArrayList<>(List.of("g"));
        for (ColumnKind kind : kinds) {
            definitions.add(q(kind.names().get(0)) + " " + kind.sqlType());
            expressions.add(kind.expression("g", definitions.size()));
        }
        execute(connection, "DROP TABLE IF EXISTS " + table(BIG_TABLE));
        execute(connection, "CREATE TABLE " + table(BIG_TABLE) + " (" + String.join(", ", definitions) + ")");
        Random random = new Random(options.seed() ^ 0x5EEDL);
        List<SqlTask> chunks = new ArrayList<>();
        for (long low = 1; low <= options.bigRows(); low += BIG_CHUNK) {
            long high = Math.min(options.bigRows(), low + BIG_CHUNK - 1);
            double chunkSeed = random.nextDouble() * 2 - 1;
            long from = low;
            chunks.add(c -> {
                execute(c, "SELECT setseed(" + chunkSeed + ")");
                execute(c, "INSERT INTO " + table(BIG_TABLE) + " SELECT " + String.join(", ", expressions)
                        + " FROM generate_series(" + from + "::bigint, " + high + "::bigint) AS g");
            });
        }
        inParallel(chunks);
        // The key is built after the load: one sort instead of ten million index insertions.
        execute(connection, "ALTER TABLE " + table(BIG_TABLE) + " ADD PRIMARY KEY (id)");
        execute(connection, "ANALYZE " + table(BIG_TABLE));
    }

    private void analyze(List<String> tables) throws Exception {
        inParallel(tables.stream().map(t -> (SqlTask) c -> execute(c, "ANALYZE " + table(t))).toList());
    }

    private void inParallel(List<SqlTask> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (SqlTask task : tasks) {
                futures.add(pool.submit(() -> {
                    try (Connection connection = connect()) {
                        task.run(connection);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(options.url());
        execute(connection, "SET synchronous_commit = off");
        return connection;
    }

    private String currentMarker(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT obj_description(oid, 'pg_namespace') FROM pg_namespace WHERE nspname = ?")) {
            statement.setString(1, options.schema());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getString(1) != null ? rows.getString(1) : "";
            }
        }
    }

    private String size(Connection connection, String tableName) throws SQLException {
        String sql = "SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind = 'r'"
                + (tableName == null ? "" : " AND c.relname = ?");
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, options.schema());
            if (tableName != null) {
                statement.setString(2, tableName);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return "pg_total_relation_size " + rows.getString(1);
            }
        }
    }

    private static String notNull(TablePlan table, ColumnPlan column) {
        return table.primaryKey().contains(column.name()) ? " NOT NULL" : "";
    }

    private static List<String> names(List<ColumnPlan> columns) {
        return columns.stream().map(ColumnPlan::name).toList();
    }

    private String table(String name) {
        return q(options.schema()) + "." + q(name);
    }

    private static String quoted(List<String> names) {
        return names.stream().map(WorkloadGenerator::q).collect(Collectors.joining(", "));
    }

    static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static void timed(String what, SqlStep step) throws Exception {
        long start = System.nanoTime();
        step.run();
        System.out.printf("  %-50s %8.1f s%n", what, seconds(start));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    @FunctionalInterface
    private interface SqlStep {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface SqlTask {
        void run(Connection connection) throws Exception;
    }
}
