package io.datamind.pipeline.remote;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a Step Functions Catch puts at {@code $.error}: the error name and its cause (for Lambda, a JSON document). */
public record StepError(@JsonProperty("Error") String error, @JsonProperty("Cause") String cause) {
}
