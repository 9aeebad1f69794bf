package io.datamind.pipeline.store;

import java.util.Map;

/**
 * What the pipeline remembers about a source between runs: the last run that succeeded and one fingerprint per
 * table key (see {@code TableRef.key()}), so a later run can skip tables whose structure has not changed.
 */
public record SourceState(String sourceId, String lastSuccessfulRunId, Map<String, String> tableFingerprints) {

    public SourceState {
        StoreIds.requireId("sourceId", sourceId);
        tableFingerprints = tableFingerprints == null ? Map.of() : Map.copyOf(tableFingerprints);
    }
}
