package io.datamind.pipeline.remote;

import java.util.Optional;

/** The databases the pipeline may document, by id. */
public interface SourceRegistry {

    Optional<RegisteredSource> find(String sourceId);

    default RegisteredSource require(String sourceId) {
        return find(sourceId).orElseThrow(() -> new UnknownSourceException(sourceId));
    }
}
