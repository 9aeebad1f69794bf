package io.datamind.pipeline.remote;

import io.datamind.describe.llm.GenerationReport;

/**
 * What the describe step did, for metrics.
 *
 * @param generation the model usage of this table alone; null when the run's describer uses no model
 */
public record Described(StepOutcome outcome, GenerationReport generation) {
}
