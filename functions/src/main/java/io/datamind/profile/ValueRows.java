package io.datamind.profile;

import java.io.IOException;

/**
 * Rows that are not a JDBC result set (data files), one at a time, with each column's value already converted to
 * the Java type of its family: Long (integer), Double or BigDecimal (decimal, float), Boolean, LocalDate,
 * LocalDateTime / OffsetDateTime / Instant (timestamp), LocalTime, byte[] (binary), String (everything else).
 * A null value is a missing one.
 */
public interface ValueRows {

    /** Moves to the next row; false at the end (or at the configured row limit). */
    boolean next() throws IOException;

    /** The current row's value of the column at {@code column} (0-based, schema order). */
    Object value(int column);

    /** True when the rows ended at a row limit rather than at the end of the data. */
    boolean truncated();

    /** How the rows were read, e.g. "full scan" or "first 1,000,000 rows". */
    String method();
}
