package io.datamind.scan;

import java.time.Duration;
import java.util.List;

/**
 * How to reach one database and which of its tables to document.
 * The password is held only in memory and is never part of {@link #toString()}.
 */
public record SourceConfig(
        String jdbcUrl,
        String user,
        String password,
        TableFilter filter,
        Duration statementTimeout) {

    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(10);

    public SourceConfig {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("--url must be a JDBC URL starting with 'jdbc:', got: " + jdbcUrl);
        }
        filter = filter == null ? TableFilter.ALL : filter;
        statementTimeout = statementTimeout == null ? DEFAULT_STATEMENT_TIMEOUT : statementTimeout;
    }

    public static SourceConfig of(String jdbcUrl) {
        return new SourceConfig(jdbcUrl, null, null, TableFilter.ALL, null);
    }

    /** The URL without credentials, safe to print and to store in the dictionary. */
    public String redactedUrl() {
        return jdbcUrl.replaceAll("(?i)(password|pwd|secret|token)=[^&;]*", "$1=***")
                .replaceAll("//[^/@:]+:[^/@]*@", "//***@");
    }

    @Override
    public String toString() {
        return "SourceConfig[" + redactedUrl() + ", user=" + user + ", filter=" + filter + "]";
    }

    public SourceConfig withFilter(TableFilter newFilter) {
        return new SourceConfig(jdbcUrl, user, password, newFilter, statementTimeout);
    }

    public List<String> schemas() {
        return filter.schemas();
    }
}
