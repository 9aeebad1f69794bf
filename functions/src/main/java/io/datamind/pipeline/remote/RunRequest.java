package io.datamind.pipeline.remote;

/** The execution input: which registered source to document; {@code runId} and {@code options} are optional. */
public record RunRequest(String sourceId, String runId, RequestOptions options) {
}
