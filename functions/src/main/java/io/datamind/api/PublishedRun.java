package io.datamind.api;

import io.datamind.docs.RunInfo;
import io.datamind.docs.SourceInfo;

/** The run whose documentation a source's {@code latest/} holds, as its dictionary.json describes it. */
public record PublishedRun(String sourceId, SourceInfo source, RunInfo run) {
}
