package io.datamind.pipeline.remote;

/**
 * A run over data files: where they are and the dataset's name (the schema of its top-level tables), fixed at plan
 * time so every step resolves the same tables.
 */
public record FileRun(String location, String datasetName) {
}
