package io.datamind.pipeline.remote;

import java.util.List;
import java.util.Optional;

/** The databases the pipeline may document, by id. */
public interface SourceRegistry {

    Optional<RegisteredSource> find(String sourceId);

    /** Every registered source, in the registry's order (the schedule starts a run for each). */
    List<RegisteredSource> all();

    default RegisteredSource require(String sourceId) {
        return find(sourceId).orElseThrow(() -> new UnknownSourceException(sourceId));
    }
}
