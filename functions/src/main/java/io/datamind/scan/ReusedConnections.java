package io.datamind.scan;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps the connections of one source open between steps (HikariCP), so that a run of many tables pays a server
 * backend's start-up, authentication and cold catalog caches once per connection instead of once per step. The
 * connections are opened by {@link JdbcSource}'s own code (read-only session, statement timeout); the pool rolls
 * back what a borrower left open and restores auto-commit, isolation and the read-only flag on return.
 */
final class ReusedConnections implements AutoCloseable {

    /**
     * A borrower waits only for a new connection to open (the pool is as large as the run's concurrency), so this
     * bounds the wait when the database stops answering in the middle of a run.
     */
    private static final long OPEN_WAIT_MILLIS = TimeUnit.SECONDS.toMillis(15);
    private static final long IDLE_MILLIS = TimeUnit.MINUTES.toMillis(2);

    private final Supplier<Connection> opener;
    private final String where;
    private final int maxOpen;
    private final boolean readOnlyFlag;
    private HikariDataSource pool;
    private boolean closed;

    /**
     * @param opener       opens one session-configured connection, throwing {@link SourceAccessException}
     * @param where        the source's redacted URL, for messages
     * @param maxOpen      connections open at most at once
     * @param readOnlyFlag what the opener leaves in {@link Connection#isReadOnly()}
     */
    ReusedConnections(Supplier<Connection> opener, String where, int maxOpen, boolean readOnlyFlag) {
        if (maxOpen < 1) {
            throw new IllegalArgumentException("at least one connection must be allowed, got " + maxOpen);
        }
        this.opener = opener;
        this.where = where;
        this.maxOpen = maxOpen;
        this.readOnlyFlag = readOnlyFlag;
    }

    /** An open connection; closing it hands it back. The first call opens the pool and fails fast. */
    Connection borrow() {
        try {
            return pool().getConnection();
        } catch (SQLException | HikariPool.PoolInitializationException e) {
            throw asAccessFailure(e);
        }
    }

    private synchronized HikariDataSource pool() {
        if (closed) {
            throw new IllegalStateException("the connections to " + where + " were closed");
        }
        if (pool == null) {
            pool = new HikariDataSource(config());
        }
        return pool;
    }

    private HikariConfig config() {
        HikariConfig config = new HikariConfig();
        config.setPoolName("datamind");
        config.setDataSource(new OpeningDataSource(opener));
        config.setMaximumPoolSize(maxOpen);
        config.setMinimumIdle(0);
        config.setIdleTimeout(IDLE_MILLIS);
        config.setConnectionTimeout(OPEN_WAIT_MILLIS);
        config.setReadOnly(readOnlyFlag);
        // Open one connection while the pool starts, so that bad credentials fail the first borrower at once.
        config.setInitializationFailTimeout(1);
        return config;
    }

    /** The opener's own failure when there is one in the chain (its message and reason), else a timeout. */
    private RuntimeException asAccessFailure(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SourceAccessException access) {
                return access;
            }
        }
        return new SourceAccessException(SourceAccessException.Reason.UNREACHABLE,
                "no connection to " + where + " within " + OPEN_WAIT_MILLIS / 1000 + " s: " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }

    /** What the pool calls to open a connection: the source's own opener, whatever user the pool asks for. */
    private record OpeningDataSource(Supplier<Connection> opener) implements DataSource {

        @Override
        public Connection getConnection() {
            return opener.get();
        }

        @Override
        public Connection getConnection(String user, String password) {
            return opener.get();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // the pool logs through SLF4J
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // the driver's own connect timeout applies
        }

        /** How long the pool, when it closes, waits for a connection still being opened. */
        @Override
        public int getLoginTimeout() {
            return 10;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no java.util.logging here");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper of " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
