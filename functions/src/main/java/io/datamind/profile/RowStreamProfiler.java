package io.datamind.profile;

import io.datamind.classify.SemanticClassifier;
import io.datamind.classify.ValueMasker;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The profile step for rows that are not a JDBC result set (data files): the same column profilers, classification
 * and masking as {@link TableProfiler}, fed through {@link ValueProfileRow}. Memory depends on the number of columns
 * and the sketch sizes, never on the number of rows. A file split into slices is profiled slice by slice into
 * partial profiles ({@link #profileSlice}) that {@link #merge} combines.
 */
public final class RowStreamProfiler {

    private final ProfileOptions options;
    private final ColumnClassification classification;

    public RowStreamProfiler(ProfileOptions options) {
        this(options, new SemanticClassifier(), new ValueMasker());
    }

    public RowStreamProfiler(ProfileOptions options, SemanticClassifier classifier, ValueMasker masker) {
        this.options = options;
        this.classification = new ColumnClassification(classifier, masker);
    }

    /** Reads {@code rows} to their end; the caller owns and closes them. */
    public TableProfile profile(TableSchema schema, ValueRows rows) {
        long started = System.nanoTime();
        ColumnProfiler[] profilers = profilers(schema, TableSlice.WHOLE);
        long count = accumulate(schema, rows, profilers);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return finish(schema, rows.truncated(), rows.method(), count, durationMs, profilers);
    }

    /**
     * Reads the rows of one slice of a file to their end and returns what was accumulated, unclassified, to merge
     * later; the partial profile is sampled when the rows stopped at a row limit.
     */
    public PartialProfile profileSlice(TableSchema schema, TableSlice slice, ValueRows rows) {
        long started = System.nanoTime();
        ColumnProfiler[] profilers = profilers(schema, slice);
        long count = accumulate(schema, rows, profilers);
        List<ColumnState> states = new ArrayList<>(profilers.length);
        for (ColumnProfiler profiler : profilers) {
            states.add(profiler.state());
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new PartialProfile(schema.table(), slice, rows.truncated(), rows.method(), count, durationMs, states);
    }

    /**
     * Merges the partial profiles of every slice of one plan, reading one at a time, then classifies, as
     * {@link TableProfiler#merge} does for tables (the same figures merge exactly, the same within the sketches'
     * bounds). The profile is sampled when any slice stopped at a row limit; the duration is the sum of the slices'.
     *
     * @param method how the slices together were read, for the profile
     */
    public TableProfile merge(TableSchema schema, PlannedPartials parts, Function<PlannedPartials.Summary, String> method) {
        PlannedPartials.Merged merged = parts.fold(schema, slice -> profilers(schema, slice));
        PlannedPartials.Summary summary = merged.summary();
        return finish(schema, summary.anySampled(), method.apply(summary), merged.rows(), merged.durationMs(),
                merged.profilers());
    }

    private static long accumulate(TableSchema schema, ValueRows rows, ColumnProfiler[] profilers) {
        ProfileRow row = new ValueProfileRow(rows, projections(schema));
        long count = 0;
        try {
            while (rows.next()) {
                count++;
                for (ColumnProfiler profiler : profilers) {
                    profiler.read(row);
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + schema.table() + " failed after " + count + " rows: "
                    + e.getMessage(), e);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getMessage(), e);
        }
    }

    private TableProfile finish(TableSchema schema, boolean sampled, String method, long rows, long durationMs,
                                ColumnProfiler[] profilers) {
        return classification.profile(schema.table(), sampled, method, rows, durationMs, profilers);
    }

    private static List<Projection> projections(TableSchema schema) {
        return schema.columns().stream().map(Projection::of).toList();
    }

    /** Each slice draws its reservoirs from its own seeds; the whole file (slice 0) keeps the historical ones. */
    private ColumnProfiler[] profilers(TableSchema schema, TableSlice slice) {
        List<ColumnSchema> columns = schema.columns();
        List<Projection> projections = projections(schema);
        ColumnProfiler[] profilers = new ColumnProfiler[columns.size()];
        int slot = 1;
        for (int i = 0; i < profilers.length; i++) {
            profilers[i] = ColumnProfilers.create(columns.get(i), slot, projections.get(i), options,
                    ColumnProfilers.seed(i, slice));
            slot += projections.get(i) == Projection.LENGTH_AND_PREFIX ? 2 : 1;
        }
        return profilers;
    }
}
