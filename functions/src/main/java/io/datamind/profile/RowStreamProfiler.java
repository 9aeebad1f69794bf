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

/**
 * The profile step for rows that are not a JDBC result set (data files): the same column profilers, classification
 * and masking as {@link TableProfiler}, fed through {@link ValueProfileRow}. Memory depends on the number of columns
 * and the sketch sizes, never on the number of rows.
 */
public final class RowStreamProfiler {

    private static final long SAMPLE_SEED = 42;

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
        List<Projection> projections = schema.columns().stream().map(Projection::of).toList();
        ColumnProfiler[] profilers = profilers(schema, projections);
        ProfileRow row = new ValueProfileRow(rows, projections);
        long count = 0;
        try {
            while (rows.next()) {
                count++;
                for (ColumnProfiler profiler : profilers) {
                    profiler.read(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + schema.table() + " failed after " + count + " rows: "
                    + e.getMessage(), e);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getMessage(), e);
        }
        List<ColumnProfile> columns = new ArrayList<>(profilers.length);
        for (ColumnProfiler profiler : profilers) {
            columns.add(classification.apply(profiler.result(count), profiler.classifierSample()));
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new TableProfile(schema.table(), rows.truncated(), rows.method(), count, durationMs, columns);
    }

    private ColumnProfiler[] profilers(TableSchema schema, List<Projection> projections) {
        List<ColumnSchema> columns = schema.columns();
        ColumnProfiler[] profilers = new ColumnProfiler[columns.size()];
        int slot = 1;
        for (int i = 0; i < profilers.length; i++) {
            profilers[i] = ColumnProfilers.create(columns.get(i), slot, projections.get(i), options, SAMPLE_SEED + i);
            slot += projections.get(i) == Projection.LENGTH_AND_PREFIX ? 2 : 1;
        }
        return profilers;
    }
}
