package io.datamind.files;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * The records of one data file, one at a time, as flat columns. Columns are numbered in the order they were first
 * seen; CSV and JSON may add columns while reading (a long row, a new key), up to {@link #MAX_COLUMNS}.
 */
interface RecordReader extends Closeable {

    /** Columns beyond this many (wide ragged rows, JSON with data as keys) are left out, and the schema says so. */
    int MAX_COLUMNS = 1_000;

    /** Moves to the next record; false at the end of the file. */
    boolean next() throws IOException;

    /** Column names seen so far. */
    List<String> columns();

    /** The current record's raw value of column {@code index}: text, a JSON scalar or a typed Parquet value. */
    Object value(int index);

    /** How the file was read (encoding, delimiter, header...), for the table's comment. */
    String layout();

    /** True when some columns were left out because of {@link #MAX_COLUMNS}. */
    default boolean columnsCapped() {
        return false;
    }
}
