package io.datamind.pipeline.remote;

/** Output of the relate step: how many relationships were found and stored for the run. */
public record Related(String runId, String sourceId, int relationships) {
}
