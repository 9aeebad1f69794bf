package io.datamind.pipeline.remote;

import io.datamind.docs.RunStatus;

/** Output of the assemble step: how the run ended and where its documentation is. */
public record Assembled(String runId, String sourceId, RunStatus status, String documentation) {
}
