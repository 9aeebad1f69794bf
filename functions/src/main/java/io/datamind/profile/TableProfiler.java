package io.datamind.profile;

import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.ValueMasker;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * The profile step: streams one query per table through per-column accumulators, so memory depends on
 * the number of columns and the sketch sizes, never on the number of rows.
 */
public final class TableProfiler {

    private static final long SAMPLE_SEED = 42;
    private static final long SLICE_SEED_STRIDE = 1_000_003;
    /** A fetch size of 0 means "all rows at once" to most drivers: never that. */
    private static final int DEFAULT_FETCH_SIZE = 10_000;
    /**
     * The driver holds a whole batch of rows: at about 32 bytes a value, 4 MB per batch keeps 32 wide tables in
     * flight from filling the heap (a 500-table run spent a third of its wall time in GC with 10,000-row batches).
     */
    private static final long FETCH_BATCH_BYTES = 4L << 20;
    private static final long BYTES_PER_VALUE = 32;
    private static final int MIN_FETCH_ROWS = 500;

    private final JdbcSource source;
    private final ProfileOptions options;
    private final ColumnClassification classification;

    /** Classifies with the standard detectors and masks with the standard masks. */
    public TableProfiler(JdbcSource source, ProfileOptions options) {
        this(source, options, new SemanticClassifier(), new ValueMasker());
    }

    /** {@code classifier} and {@code masker} are thread-safe: one profiler may serve every table of a run. */
    public TableProfiler(JdbcSource source, ProfileOptions options, SemanticClassifier classifier, ValueMasker masker) {
        this.source = source;
        this.options = options;
        this.classification = new ColumnClassification(classifier, masker);
    }

    public TableProfile profile(TableSchema schema) {
        long started = System.nanoTime();
        if (readsColumnGroups(schema)) {
            return profileInColumnGroups(schema, ColumnGroups.plan(schema.columns(), options.parallelSlices()), started);
        }
        List<TableSlice> slices = parallelSlices(schema);
        if (slices.size() > 1) {
            return profileInParallel(schema, slices, started);
        }
        Accumulated accumulated = accumulate(schema, TableSlice.WHOLE);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return finish(schema, accumulated.query().sampled(), accumulated.query().method(), accumulated.rows(),
                durationMs, accumulated.profilers());
    }

    private List<TableSlice> parallelSlices(TableSchema schema) {
        if (!readsInParallel(schema)) {
            return List.of(TableSlice.WHOLE);
        }
        return new TableSlicer(source).plan(schema, options, options.parallelSlices());
    }

    private boolean readsInParallel(TableSchema schema) {
        long estimatedRows = schema.rowCount() == null ? 0 : schema.rowCount().value();
        return options.parallelSlices() > 1 && estimatedRows >= ProfileOptions.PARALLEL_MIN_ROWS;
    }

    /** A sample splits by columns where the sessions can read one snapshot, so that every group reads the same rows. */
    private boolean readsColumnGroups(TableSchema schema) {
        return readsInParallel(schema) && options.samples(schema) && source.dialect().sharesSnapshots()
                && schema.columns().size() > 1;
    }

    /**
     * One query per group of columns, each over its own session, all in one exported snapshot: the groups read the
     * same sampled rows in the same order, and each column keeps the reservoir seed of its position, so the profile
     * equals the one-stream profile figure for figure.
     */
    private TableProfile profileInColumnGroups(TableSchema schema, List<int[]> groups, long started) {
        ColumnProfiler[] profilers = new ColumnProfiler[schema.columns().size()];
        List<Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(groups.size());
        try {
            Connection exporter = borrow(connections);
            String snapshot = source.dialect().exportSnapshot(exporter);
            for (int g = 1; g < groups.size(); g++) {
                source.dialect().joinSnapshot(borrow(connections), snapshot);
            }
            List<Future<Long>> reads = new ArrayList<>();
            String method = null;
            for (int g = 0; g < groups.size(); g++) {
                int[] group = groups.get(g);
                TableSchema columns = schema.withColumns(Arrays.stream(group).mapToObj(schema.columns()::get).toList());
                ProfileQuery query = ProfileQuery.plan(source.dialect(), columns, options);
                method = query.method();
                ColumnProfiler[] groupProfilers = profilers(columns, query, TableSlice.WHOLE, group);
                for (int i = 0; i < group.length; i++) {
                    profilers[group[i]] = groupProfilers[i];
                }
                Connection connection = connections.get(g);
                reads.add(pool.submit(() -> stream(connection, query, groupProfilers)));
            }
            long rows = sameRowCount(schema, reads);
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            return finish(schema, true, method + " in " + groups.size() + " column groups", rows,
                    durationMs, profilers);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            connections.forEach(TableProfiler::closeQuietly);
        }
    }

    private Connection borrow(List<Connection> connections) {
        Connection connection = source.connect();
        connections.add(connection);
        return connection;
    }

    /** Every group read the same snapshot, so a different count means the rows differed: never merge those. */
    private static long sameRowCount(TableSchema schema, List<Future<Long>> reads) {
        long rows = -1;
        for (Future<Long> read : reads) {
            long groupRows = await(schema, read);
            if (rows >= 0 && groupRows != rows) {
                throw new ProfileException(schema.table(), "profiling " + schema.table()
                        + " failed: its column groups read " + rows + " and " + groupRows + " rows of one snapshot", null);
            }
            rows = groupRows;
        }
        return rows;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written; the session ends either way
        }
    }

    /** One stream per slice, each over its own connection (a server backend each); merged in memory. */
    private TableProfile profileInParallel(TableSchema schema, List<TableSlice> slices, long started) {
        ExecutorService pool = Executors.newFixedThreadPool(slices.size());
        try {
            List<Future<Accumulated>> futures = new ArrayList<>();
            for (TableSlice slice : slices) {
                futures.add(pool.submit(() -> accumulate(schema, slice)));
            }
            Accumulated first = await(schema, futures.get(0));
            long rows = first.rows();
            for (Future<Accumulated> future : futures.subList(1, futures.size())) {
                Accumulated next = await(schema, future);
                for (int i = 0; i < first.profilers().length; i++) {
                    first.profilers()[i].merge(next.profilers()[i]);
                }
                rows += next.rows();
            }
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            String method = ProfileQuery.plan(source.dialect(), schema, options).method() + " in " + slices.size()
                    + " parallel slices";
            return finish(schema, first.query().sampled(), method, rows, durationMs, first.profilers());
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(TableSchema schema, Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " was interrupted", e);
        }
    }

    /** Profiles the rows of one slice and returns what was accumulated, unclassified, to merge later. */
    public PartialProfile profileSlice(TableSchema schema, TableSlice slice) {
        long started = System.nanoTime();
        Accumulated accumulated = accumulate(schema, slice);
        List<ColumnState> states = new ArrayList<>(accumulated.profilers().length);
        for (ColumnProfiler profiler : accumulated.profilers()) {
            states.add(profiler.state());
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new PartialProfile(schema.table(), slice, accumulated.query().sampled(), accumulated.query().method(),
                accumulated.rows(), durationMs, states);
    }

    /**
     * Merges the partial profiles of every slice of one plan into the table's profile, then classifies.
     * Counts, nulls, min/max, sums, lengths, booleans, period counts and exact distinct sets merge exactly;
     * mean and standard deviation up to floating-point rounding; HLL, KLL and frequent items as sketch merges
     * (within the sketches' error bounds); examples and the classifier's sample as uniform reservoir merges.
     * The duration is the sum of the slices' durations.
     */
    public TableProfile merge(TableSchema schema, List<PartialProfile> parts) {
        return merge(schema, PlannedPartials.of(schema, parts));
    }

    /** As {@link #merge(TableSchema, List)}, reading one partial profile at a time. */
    public TableProfile merge(TableSchema schema, PlannedPartials parts) {
        PlannedPartials.Merged merged = parts.fold(schema, slice ->
                profilers(schema, ProfileQuery.plan(source.dialect(), schema, options, slice), slice));
        PlannedPartials.Summary summary = merged.summary();
        String method = summary.slices() == 1 ? summary.firstMethod()
                : summary.firstMethod() + " in " + summary.slices() + " slices";
        return finish(schema, summary.anySampled(), method, merged.rows(), merged.durationMs(), merged.profilers());
    }

    private record Accumulated(ProfileQuery query, ColumnProfiler[] profilers, long rows) {
    }

    private Accumulated accumulate(TableSchema schema, TableSlice slice) {
        ProfileQuery query = ProfileQuery.plan(source.dialect(), schema, options, slice);
        ColumnProfiler[] profilers = profilers(schema, query, slice);
        try (Connection connection = source.connect()) {
            return new Accumulated(query, profilers, stream(connection, query, profilers));
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getMessage(), e);
        }
    }

    private TableProfile finish(TableSchema schema, boolean sampled, String method, long rows, long durationMs,
                                ColumnProfiler[] profilers) {
        return classification.profile(schema.table(), sampled, method, rows, durationMs, profilers);
    }

    /** PostgreSQL streams with a fetch size only outside autocommit; the transaction is read-only anyway. */
    private long stream(Connection connection, ProfileQuery query, ColumnProfiler[] profilers) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize(query));
            statement.setQueryTimeout(source.statementTimeoutSeconds());
            long rows = 0;
            try (ResultSet resultSet = statement.executeQuery(query.sql())) {
                ProfileRow row = new JdbcProfileRow(resultSet);
                while (resultSet.next()) {
                    rows++;
                    for (ColumnProfiler profiler : profilers) {
                        profiler.read(row);
                    }
                }
            }
            return rows;
        } finally {
            endReadOnlyTransaction(connection);
        }
    }

    /** Rows per round trip: the configured size, fewer for wide rows so a batch stays near {@link #FETCH_BATCH_BYTES}. */
    private int fetchSize(ProfileQuery query) {
        int configured = options.fetchSize() > 0 ? options.fetchSize() : DEFAULT_FETCH_SIZE;
        long fitting = FETCH_BATCH_BYTES / (BYTES_PER_VALUE * Math.max(1, query.width()));
        return (int) Math.min(configured, Math.max(MIN_FETCH_ROWS, fitting));
    }

    /** Nothing was written; a failing rollback must not hide the error that ended the scan. */
    private static void endReadOnlyTransaction(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed right after
        }
    }

    /** Each slice draws its reservoirs from its own seeds; the whole table (slice 0) keeps the historical ones. */
    private ColumnProfiler[] profilers(TableSchema schema, ProfileQuery query, TableSlice slice) {
        return profilers(schema, query, slice, IntStream.range(0, schema.columns().size()).toArray());
    }

    /** @param positions each column's position in the whole table, which picks its seed */
    private ColumnProfiler[] profilers(TableSchema schema, ProfileQuery query, TableSlice slice, int[] positions) {
        List<ColumnSchema> columns = schema.columns();
        ColumnProfiler[] profilers = new ColumnProfiler[columns.size()];
        for (int i = 0; i < profilers.length; i++) {
            long seed = SAMPLE_SEED + positions[i] + SLICE_SEED_STRIDE * slice.index();
            profilers[i] = profiler(columns.get(i), query.firstIndexes()[i], query.projections().get(i), seed);
        }
        return profilers;
    }

    private ColumnProfiler profiler(ColumnSchema column, int index, Projection projection, long seed) {
        return ColumnProfilers.create(column, index, projection, options, seed);
    }
}
