package io.datamind.scan;

/** The catalog could be reached but a query against it failed (a table dropped mid-run, a timeout, privileges). */
public final class CatalogReadException extends RuntimeException {

    public CatalogReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
