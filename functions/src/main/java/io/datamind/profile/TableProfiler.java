package io.datamind.profile;

import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.ValueMasker;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The profile step: streams one query per table through per-column accumulators, so memory depends on
 * the number of columns and the sketch sizes, never on the number of rows.
 */
public final class TableProfiler {

    private final JdbcSource source;
    private final ProfileOptions options;
    private final ColumnClassification classification;
    private final ProfileStream stream;
    private final ColumnGroupProfiler columnGroups;
    private final TotalsCounter totals;

    /** Classifies with the standard detectors and masks with the standard masks. */
    public TableProfiler(JdbcSource source, ProfileOptions options) {
        this(source, options, new SemanticClassifier(), new ValueMasker());
    }

    /** {@code classifier} and {@code masker} are thread-safe: one profiler may serve every table of a run. */
    public TableProfiler(JdbcSource source, ProfileOptions options, SemanticClassifier classifier, ValueMasker masker) {
        this.source = source;
        this.options = options;
        this.classification = new ColumnClassification(classifier, masker);
        this.stream = new ProfileStream(source, options);
        this.columnGroups = new ColumnGroupProfiler(source, options, classification, stream);
        this.totals = new TotalsCounter(source);
    }

    /**
     * A hybrid profile counts its totals after its sample: the two are separate statements, so on a table written
     * meanwhile they may see slightly different rows (each figure still describes the rows its statement saw).
     */
    public TableProfile profile(TableSchema schema) {
        TableProfile profile = profileRows(schema);
        if (!options.countsTotals(schema)) {
            return profile;
        }
        TotalsCounter.Counted counted = totals.count(schema);
        List<ColumnProfile> columns = new ArrayList<>(profile.columns().size());
        for (int i = 0; i < profile.columns().size(); i++) {
            columns.add(profile.columns().get(i).withTotals(counted.columns().get(i)));
        }
        return new TableProfile(profile.table(), profile.sampled(), profile.method(), profile.rowsProfiled(),
                profile.durationMs(), columns, counted.table());
    }

    private TableProfile profileRows(TableSchema schema) {
        long started = System.nanoTime();
        if (readsColumnGroups(schema)) {
            return columnGroups.profile(schema, ColumnGroups.plan(schema.columns(), options.parallelSlices()), started);
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

    /** One stream per slice, each over its own connection (a server backend each); merged in memory. */
    private TableProfile profileInParallel(TableSchema schema, List<TableSlice> slices, long started) {
        ExecutorService pool = Executors.newFixedThreadPool(slices.size());
        try {
            List<Future<Accumulated>> futures = new ArrayList<>();
            for (TableSlice slice : slices) {
                futures.add(pool.submit(() -> accumulate(schema, slice)));
            }
            Accumulated first = Futures.await(schema, futures.get(0));
            long rows = first.rows();
            for (Future<Accumulated> future : futures.subList(1, futures.size())) {
                Accumulated next = Futures.await(schema, future);
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
                ColumnProfilers.forQuery(schema, ProfileQuery.plan(source.dialect(), schema, options, slice), slice, options));
        PlannedPartials.Summary summary = merged.summary();
        String method = summary.slices() == 1 ? summary.firstMethod()
                : summary.firstMethod() + " in " + summary.slices() + " slices";
        return finish(schema, summary.anySampled(), method, merged.rows(), merged.durationMs(), merged.profilers());
    }

    private record Accumulated(ProfileQuery query, ColumnProfiler[] profilers, long rows) {
    }

    private Accumulated accumulate(TableSchema schema, TableSlice slice) {
        ProfileQuery query = ProfileQuery.plan(source.dialect(), schema, options, slice);
        ColumnProfiler[] profilers = ColumnProfilers.forQuery(schema, query, slice, options);
        try (Connection connection = source.connect()) {
            return new Accumulated(query, profilers, stream.read(connection, query, profilers));
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getMessage(), e);
        }
    }

    private TableProfile finish(TableSchema schema, boolean sampled, String method, long rows, long durationMs,
                                ColumnProfiler[] profilers) {
        return classification.profile(schema.table(), sampled, method, rows, durationMs, profilers);
    }
}
