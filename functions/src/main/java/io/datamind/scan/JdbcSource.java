package io.datamind.scan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens read-only, time-bounded connections to one source. Each step borrows its own connection and closes it,
 * which keeps steps independent (as they are in Lambda). A source made by {@link #reusingConnections} keeps closed
 * connections open for the next step until {@link #close()}; one made by the constructor opens a new connection
 * each time (a Lambda invocation runs one step).
 */
public final class JdbcSource implements AutoCloseable {

    private final SourceConfig config;
    private final Dialect dialect;
    private final ReusedConnections reused;

    public JdbcSource(SourceConfig config) {
        this(config, 0);
    }

    private JdbcSource(SourceConfig config, int maxOpen) {
        this.config = config;
        this.dialect = Dialects.forUrl(config.jdbcUrl());
        this.reused = maxOpen == 0 ? null
                : new ReusedConnections(this::open, config.redactedUrl(), maxOpen, dialect.readOnlyFlag());
    }

    /**
     * A source that reuses its connections, so that a run of many tables pays a server backend's start-up once per
     * connection, not once per step. {@code maxOpen} is the most connections the run holds at once: a borrower
     * beyond it waits (15 s at most) for one to be handed back. Close the source when the run ends.
     */
    public static JdbcSource reusingConnections(SourceConfig config, int maxOpen) {
        if (maxOpen < 1) {
            throw new IllegalArgumentException("at least one connection must be allowed, got " + maxOpen);
        }
        return new JdbcSource(config, maxOpen);
    }

    public SourceConfig config() {
        return config;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Seconds for {@link java.sql.Statement#setQueryTimeout}, the portable backstop to the session timeout. */
    public int statementTimeoutSeconds() {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, config.statementTimeout().toSeconds()));
    }

    /** A read-only connection whose statements time out; the caller closes it. */
    public Connection connect() {
        return reused == null ? open() : reused.borrow();
    }

    /** Closes the connections kept for reuse; a source that opens one per step has none. */
    @Override
    public void close() {
        if (reused != null) {
            reused.close();
        }
    }

    private Connection open() {
        Properties properties = new Properties();
        properties.putAll(dialect.connectionProperties());
        if (config.user() != null) {
            properties.setProperty("user", config.user());
        }
        if (config.password() != null) {
            properties.setProperty("password", config.password());
        }
        try {
            Connection connection = DriverManager.getConnection(config.jdbcUrl(), properties);
            try {
                dialect.configureSession(connection, config.statementTimeout());
                return connection;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw classify(e);
        }
    }

    private SourceAccessException classify(SQLException e) {
        String where = config.redactedUrl();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = String.valueOf(e.getMessage());
        String lower = message.toLowerCase(Locale.ROOT);
        if (state.startsWith("28") || lower.contains("password authentication failed") || lower.contains("access denied")) {
            return new SourceAccessException(SourceAccessException.Reason.BAD_CREDENTIALS,
                    "authentication failed" + (config.user() == null ? "" : " for user '" + config.user() + "'")
                            + " at " + where + ": " + firstLine(message), e);
        }
        if (state.equals("3D000") || lower.contains("unknown database") || (lower.contains("database") && lower.contains("does not exist"))) {
            return new SourceAccessException(SourceAccessException.Reason.UNKNOWN_DATABASE,
                    "database not found at " + where + ": " + firstLine(message), e);
        }
        if (state.startsWith("08") || lower.contains("connection refused") || lower.contains("unknownhost")
                || lower.contains("could not connect") || lower.contains("socket")) {
            return new SourceAccessException(SourceAccessException.Reason.UNREACHABLE,
                    "cannot reach the database at " + where + ": " + firstLine(message), e);
        }
        if (lower.contains("no suitable driver")) {
            return new SourceAccessException(SourceAccessException.Reason.DRIVER,
                    "no JDBC driver accepts " + where, e);
        }
        return new SourceAccessException(SourceAccessException.Reason.UNREACHABLE,
                "cannot open a connection to " + where + ": " + firstLine(message), e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
