package io.datamind.pipeline.remote;

/**
 * One slice of a table that is profiled in several invocations, as the state machine passes it: only its position
 * in the plan. The slice's rows (its SQL predicate) are in the plan the scan step stored, so payloads stay small.
 *
 * @param index 0-based position in the plan
 * @param count slices in the plan
 */
public record SliceRef(int index, int count) {

    public SliceRef {
        if (count < 2 || index < 0 || index >= count) {
            throw new IllegalArgumentException("slice " + index + " of " + count + " does not exist (a sliced table has"
                    + " at least 2 slices)");
        }
    }

    /** "slice 2 of 4", counting from 0 as the plan and the S3 keys do. */
    @Override
    public String toString() {
        return "slice " + index + " of " + count;
    }
}
