package io.datamind.profile;

import io.datamind.scan.JdbcSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs one profile query on a connection and feeds every row to the columns' profilers, batch by batch. */
final class ProfileStream {

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

    ProfileStream(JdbcSource source, ProfileOptions options) {
        this.source = source;
        this.options = options;
    }

    /**
     * The rows read. PostgreSQL streams with a fetch size only outside autocommit; the transaction is read-only
     * anyway, and ends here (an exported snapshot's transaction too).
     */
    long read(Connection connection, ProfileQuery query, ColumnProfiler[] profilers) throws SQLException {
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
}
