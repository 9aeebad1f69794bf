package io.datamind.api;

import io.datamind.pipeline.remote.RegisteredSource;
import io.datamind.pipeline.remote.RequestOptions;
import java.util.List;
import java.util.Map;

/**
 * A registered source as the API shows it: what it documents and its run defaults, never where its credentials are.
 *
 * @param lastSuccessfulRunId null unless the pipeline recorded one
 */
public record SourceView(String id, String name, List<String> schemas, List<String> include, List<String> exclude,
                         RequestOptions options, String lastSuccessfulRunId, Map<String, String> links) {

    static SourceView of(RegisteredSource source, String lastSuccessfulRunId) {
        return new SourceView(source.id(), source.displayName(), source.schemas(), source.include(), source.exclude(),
                source.options(), lastSuccessfulRunId,
                Map.of("self", "/sources/" + source.id(), "latest", "/sources/" + source.id() + "/latest"));
    }

    /** One page of sources; {@code nextToken} is null on the last page. */
    public record Page(List<SourceView> sources, String nextToken) {
    }
}
