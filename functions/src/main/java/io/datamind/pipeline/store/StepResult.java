package io.datamind.pipeline.store;

import io.datamind.scan.TableRef;

/** The JSON output of one step for one table, as the step service produced it. */
public record StepResult(String runId, TableRef table, Step step, String json) {
}
