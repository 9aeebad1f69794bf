package io.datamind.pipeline.remote;

/**
 * The execution input: what to document; {@code runId} and {@code options} are optional.
 *
 * @param sourceId a registered source's id; for a file dataset ({@code files} set) the id its documentation is
 *                 filed under, derived from the location when absent
 * @param files    {@code s3://bucket/prefix/} of a file dataset (every supported file under the prefix is a table)
 *                 or {@code s3://bucket/key} of one file; null for a registered source
 */
public record RunRequest(String sourceId, String runId, RequestOptions options, String files) {

    /** A run of a registered source. */
    public RunRequest(String sourceId, String runId, RequestOptions options) {
        this(sourceId, runId, options, null);
    }
}
