package io.datamind.pipeline.remote;

/** MergeProfile found no partial profile for some slices of a table: their ProfileSlice did not finish. */
public final class MissingSliceException extends IllegalStateException {

    public MissingSliceException(String message) {
        super(message);
    }
}
