package io.datamind.pipeline.store;

/** How many tables of a run have a recorded result for each step; each (table, step) counts once, retries included. */
public record StepCounters(int scanned, int profiled, int described, int failed) {

    public static final StepCounters ZERO = new StepCounters(0, 0, 0, 0);

    public int of(Step step) {
        return switch (step) {
            case SCAN -> scanned;
            case PROFILE -> profiled;
            case DESCRIBE -> described;
            case FAILURE -> failed;
        };
    }

    public StepCounters plusOne(Step step) {
        return new StepCounters(
                scanned + (step == Step.SCAN ? 1 : 0),
                profiled + (step == Step.PROFILE ? 1 : 0),
                described + (step == Step.DESCRIBE ? 1 : 0),
                failed + (step == Step.FAILURE ? 1 : 0));
    }
}
