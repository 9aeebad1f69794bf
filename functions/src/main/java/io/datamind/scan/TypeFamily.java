package io.datamind.scan;

/** Normalised type of a column across databases; decides which statistics the profiler computes. */
public enum TypeFamily {
    INTEGER, DECIMAL, FLOAT, BOOLEAN, TEXT, DATE, TIME, TIMESTAMP, INTERVAL,
    UUID, JSON, BINARY, GEOMETRY, ARRAY, OTHER;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == FLOAT;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIMESTAMP;
    }

    /** Values the profiler must never fetch whole: it profiles their size or nullness only. */
    public boolean isOpaque() {
        return this == BINARY || this == GEOMETRY;
    }
}
