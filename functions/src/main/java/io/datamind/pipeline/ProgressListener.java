package io.datamind.pipeline;

import io.datamind.docs.TableEntry;
import io.datamind.scan.TableRef;

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
}
