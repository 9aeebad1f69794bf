package io.datamind.pipeline.remote;

import io.datamind.scan.SourceConfig;

/** Turns a registered source into connection settings, credentials included (never logged). */
public interface SourceConnector {

    SourceConfig configFor(RegisteredSource source);
}
