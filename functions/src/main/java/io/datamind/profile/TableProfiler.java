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
import java.util.List;

/**
 * The profile step: streams one query per table through per-column accumulators, so memory depends on
 * the number of columns and the sketch sizes, never on the number of rows.
 */
public final class TableProfiler {

    private static final long SAMPLE_SEED = 42;
    /** A fetch size of 0 means "all rows at once" to most drivers: never that. */
    private static final int DEFAULT_FETCH_SIZE = 10_000;

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
        Dialect dialect = source.dialect();
        ProfileQuery query = ProfileQuery.plan(dialect, schema, options);
        ColumnProfiler[] profilers = profilers(schema, query);
        long rows;
        try (Connection connection = source.connect()) {
            rows = stream(connection, query, profilers);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getMessage(), e);
        }
        List<ColumnProfile> columns = new ArrayList<>(profilers.length);
        for (ColumnProfiler profiler : profilers) {
            columns.add(classification.apply(profiler.result(rows), profiler.classifierSample()));
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        return new TableProfile(schema.table(), query.sampled(), query.method(), rows, durationMs, columns);
    }

    /** PostgreSQL streams with a fetch size only outside autocommit; the transaction is read-only anyway. */
    private long stream(Connection connection, ProfileQuery query, ColumnProfiler[] profilers) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(options.fetchSize() > 0 ? options.fetchSize() : DEFAULT_FETCH_SIZE);
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

    /** Nothing was written; a failing rollback must not hide the error that ended the scan. */
    private static void endReadOnlyTransaction(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is closed right after
        }
    }

    private ColumnProfiler[] profilers(TableSchema schema, ProfileQuery query) {
        List<ColumnSchema> columns = schema.columns();
        ColumnProfiler[] profilers = new ColumnProfiler[columns.size()];
        for (int i = 0; i < profilers.length; i++) {
            profilers[i] = profiler(columns.get(i), query.firstIndexes()[i], query.projections().get(i), SAMPLE_SEED + i);
        }
        return profilers;
    }

    private ColumnProfiler profiler(ColumnSchema column, int index, Projection projection, long seed) {
        return ColumnProfilers.create(column, index, projection, options, seed);
    }
}
