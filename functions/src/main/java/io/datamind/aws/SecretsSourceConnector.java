package io.datamind.aws;

import io.datamind.pipeline.remote.RegisteredSource;
import io.datamind.pipeline.remote.SourceConnector;
import io.datamind.scan.SourceConfig;

/** Connection settings from the source's Secrets Manager secret (cached per container by the resolver). */
public final class SecretsSourceConnector implements SourceConnector {

    private final SecretsManagerSourceResolver resolver;

    public SecretsSourceConnector(SecretsManagerSourceResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public SourceConfig configFor(RegisteredSource source) {
        return resolver.resolve(source.secretArn(), source.filter());
    }
}
