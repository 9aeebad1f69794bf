package io.datamind.scan;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything that differs between databases in the SQL DataMind sends: quoting, session safety,
 * sampling and the few expressions the profiler needs. The catalog is read by {@link #catalogReader(int)}.
 */
public interface Dialect {

    /** Short id: postgresql, mysql, sqlite, h2. */
    String id();

    boolean supportsSchemas();

    /** The reader of this database's catalog; each of its queries is bounded by {@code queryTimeoutSeconds}. */
    CatalogReader catalogReader(int queryTimeoutSeconds);

    /** Quotes one identifier so that spaces, quotes, case, unicode and reserved words survive. */
    default String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    default String qualifiedName(TableRef table) {
        return table.schema() == null || !supportsSchemas()
                ? quote(table.name())
                : quote(table.schema()) + "." + quote(table.name());
    }

    /**
     * Driver properties set when the connection is opened, for databases that can only be made read-only then
     * (H2 ignores {@link Connection#setReadOnly}). Most databases need none.
     */
    default Map<String, String> connectionProperties() {
        return Map.of();
    }

    /** Makes the session read-only and bounds every statement by {@code timeout}. */
    void configureSession(Connection connection, Duration timeout) throws SQLException;

    /**
     * Whether {@link #configureSession} leaves {@link Connection#isReadOnly()} true; a connection pool restores
     * that flag on every connection it hands out again.
     */
    default boolean readOnlyFlag() {
        return true;
    }

    /**
     * Whether ordered-set aggregates such as {@code PERCENTILE_DISC(0.5) WITHIN GROUP (ORDER BY x)} work, so that one
     * query can compute a median for many columns at once.
     */
    default boolean supportsOrderedSetAggregates() {
        return false;
    }

    /**
     * Character length of a text value that may be long. A dialect whose {@link #prefixExpression} sends a short value
     * whole may return NULL for it: the reader then measures (and cuts) that value itself.
     */
    default String charLengthExpression(String quotedColumn, int prefixChars) {
        return "CHAR_LENGTH(" + quotedColumn + ")";
    }

    /**
     * The first {@code chars} characters of a text value, so large values never cross the wire whole; or the whole
     * value where the length expression is NULL.
     */
    default String prefixExpression(String quotedColumn, int chars) {
        return "SUBSTRING(" + quotedColumn + ", 1, " + chars + ")";
    }

    /** Whether {@link #exportSnapshot} lets several sessions read one consistent state of the database. */
    default boolean sharesSnapshots() {
        return false;
    }

    /**
     * Starts a transaction on {@code connection} that reads one fixed state of the database, and returns an id
     * with which other sessions can {@linkplain #joinSnapshot join} it: they then read exactly the same rows.
     * The snapshot lives until this connection's transaction ends.
     */
    default String exportSnapshot(Connection connection) throws SQLException {
        throw new SQLFeatureNotSupportedException(id() + " cannot share a snapshot between sessions");
    }

    /** Starts a transaction on {@code connection} that reads the snapshot {@link #exportSnapshot} returned. */
    default void joinSnapshot(Connection connection, String snapshotId) throws SQLException {
        throw new SQLFeatureNotSupportedException(id() + " cannot share a snapshot between sessions");
    }

    /** Size in bytes of a binary or LOB value. */
    default String byteLengthExpression(String quotedColumn) {
        return "OCTET_LENGTH(" + quotedColumn + ")";
    }

    /**
     * Settings, local to the current transaction, for one query that computes many aggregates over a whole table (a
     * hybrid profile's totals). None by default.
     */
    default List<String> wideAggregateSettings() {
        return List.of();
    }

    /** An aggregate counting the rows where {@code condition} holds: 0, never NULL, over no rows. */
    default String countWhere(String condition) {
        return "COALESCE(SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END), 0)";
    }

    /**
     * A query over about {@code targetRows} rows of a table of about {@code estimatedRows} rows,
     * sampled database-side in the cheapest way this database offers.
     */
    SampledQuery sampleQuery(String selectList, TableRef table, long estimatedRows, long targetRows);

    /**
     * The part of {@link #sampleQuery} that falls in one slice of the table ({@code predicate}, from the
     * slicer, one of {@code slices}): the same sampling as the whole query, so the slices' samples together are
     * the whole sample; each is capped at its share of {@code targetRows}.
     * Only databases whose slicer splits sampled profiles support it.
     */
    default SampledQuery sampleQuery(String selectList, TableRef table, long estimatedRows, long targetRows,
                                     String predicate, int slices) {
        throw new UnsupportedOperationException(id() + " does not split sampled profiles into slices");
    }

    /** Fraction of rows to keep, never above 1. */
    static double samplingFraction(long estimatedRows, long targetRows) {
        if (estimatedRows <= 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) targetRows / estimatedRows);
    }

    /** SQL plus a human-readable description of the sampling method, recorded in the profile. */
    record SampledQuery(String sql, String method) {
    }
}
