package io.datamind.pipeline;

import io.datamind.docs.TableEntry;
import io.datamind.scan.TableRef;
import java.time.Duration;

/** Observes a run; the CLI draws its progress bar from these calls. Called from worker threads. */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {
    };

    default void planned(int tables) {
    }

    default void tableStarted(TableRef table) {
    }

    default void tableFinished(TableEntry entry) {
    }

    /** A per-table step (scan, profile, describe, quality) of one table took {@code took}. */
    default void tableStepFinished(TableRef table, String step, Duration took) {
    }

    /** A phase of the whole run (plan, tables, relate, quality, assemble) took {@code took} of wall time. */
    default void phaseFinished(String phase, Duration took) {
    }
}
