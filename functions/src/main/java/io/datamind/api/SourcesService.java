package io.datamind.api;

import io.datamind.docs.SourceInfo;
import io.datamind.pipeline.remote.RegisteredSource;
import io.datamind.pipeline.remote.SourceRegistry;
import io.datamind.pipeline.store.RunStore;
import io.datamind.pipeline.store.SourceState;
import io.datamind.pipeline.store.StoreIds;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registered sources and their latest documentation: what {@code /sources} serves. */
public final class SourcesService {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    private final SourceRegistry registry;
    private final RunStore store;
    private final PublishedRuns published;
    private final DocumentationLinks links;

    public SourcesService(SourceRegistry registry, RunStore store, PublishedRuns published, DocumentationLinks links) {
        this.registry = registry;
        this.store = store;
        this.published = published;
        this.links = links;
    }

    /** @param nextToken null for the first page */
    public SourceView.Page list(int limit, String nextToken) {
        String after = nextToken == null ? null : PageToken.lastId(nextToken);
        List<RegisteredSource> rest = registry.all().stream()
                .sorted(Comparator.comparing(RegisteredSource::id))
                .filter(source -> after == null || source.id().compareTo(after) > 0)
                .limit(limit + 1L)
                .toList();
        List<RegisteredSource> page = rest.subList(0, Math.min(limit, rest.size()));
        String token = rest.size() > limit ? PageToken.after(page.get(page.size() - 1).id()) : null;
        return new SourceView.Page(page.stream().map(source -> SourceView.of(source, null)).toList(), token);
    }

    public SourceView get(String sourceId) {
        RegisteredSource source = registry.find(requireSourceId(sourceId)).orElseThrow(() -> unknownSource(sourceId));
        return SourceView.of(source, store.getSourceState(sourceId).map(SourceState::lastSuccessfulRunId).orElse(null));
    }

    /**
     * The latest published run of a registered source or of a file dataset documented under this id.
     *
     * @throws ApiProblem 404 when the id is unknown or nothing was published for it yet
     */
    public LatestRunView latest(String sourceId) {
        requireSourceId(sourceId);
        PublishedRun run = published.latest(sourceId).orElseThrow(() -> registry.find(sourceId).isPresent()
                ? ApiProblem.notFound("no-documentation", "No documentation",
                "source '" + sourceId + "' has no published documentation yet; start a run with POST /runs"
                        + " {\"sourceId\": \"" + sourceId + "\"}")
                : unknownSource(sourceId));
        Map<String, LatestRunView.Link> documents = new LinkedHashMap<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            documents.put(format.parameter(), LatestRunView.Link.of(links.sign(sourceId, run.run().runId(), format)));
        }
        SourceInfo source = run.source();
        return new LatestRunView(sourceId,
                source == null ? null : new LatestRunView.SourceSummary(source.name(), source.kind(), source.product()),
                run.run(), documents, Map.of("run", "/runs/" + run.run().runId()));
    }

    private static String requireSourceId(String sourceId) {
        try {
            return StoreIds.requireId("source id", sourceId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("id", e.getMessage());
        }
    }

    private static ApiProblem unknownSource(String sourceId) {
        return ApiProblem.notFound("no-such-source", "No such source",
                "there is no source '" + sourceId + "'; GET /sources lists the registered sources");
    }
}
