package io.datamind.pipeline.remote;

import io.datamind.scan.JdbcSource;

/** Registry plus connector: from a source id to a connectable source. */
public final class Sources {

    private final SourceRegistry registry;
    private final SourceConnector connector;

    public Sources(SourceRegistry registry, SourceConnector connector) {
        this.registry = registry;
        this.connector = connector;
    }

    public RegisteredSource registered(String sourceId) {
        return registry.require(sourceId);
    }

    public JdbcSource open(String sourceId) {
        return new JdbcSource(connector.configFor(registered(sourceId)));
    }
}
