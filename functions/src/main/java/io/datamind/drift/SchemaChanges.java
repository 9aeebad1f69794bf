package io.datamind.drift;

import java.util.List;

/**
 * The result of comparing a run with the source's previous run; an empty list means nothing changed.
 *
 * @param previousRunId     the run compared with
 * @param previousStartedAt when that run started (ISO-8601 UTC)
 */
public record SchemaChanges(String previousRunId, String previousStartedAt, List<Change> changes) {

    public SchemaChanges {
        changes = List.copyOf(changes);
    }
}
