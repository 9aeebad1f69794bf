package io.datamind.aws.lambda;

import io.datamind.describe.llm.GenerationReport;
import io.datamind.pipeline.remote.Described;
import io.datamind.pipeline.remote.TableTask;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Describes one scanned and profiled table and stores the descriptions. */
public final class DescribeTableHandler extends TableTaskHandler {

    public DescribeTableHandler() {
        this(LambdaServices::shared);
    }

    public DescribeTableHandler(Supplier<LambdaServices> services) {
        super(services);
    }

    @Override
    protected TableTask handle(TableTask task, LambdaServices services, Metrics metrics) {
        Described described = services.tableSteps().describe(task);
        metrics.addMetric("TablesDescribed", described.outcome().firstRecord() ? 1 : 0, MetricUnit.COUNT);
        GenerationReport generation = described.generation();
        if (described.outcome().reusedFrom() != null) {
            log.info("unchanged since run {}: kept its description, no model call", described.outcome().reusedFrom());
            return task;
        }
        if (generation == null) {
            log.info("described");
            return task;
        }
        metrics.addMetric("LlmCalls", generation.calls(), MetricUnit.COUNT);
        metrics.addMetric("PromptTokens", generation.promptTokens(), MetricUnit.COUNT);
        metrics.addMetric("CompletionTokens", generation.completionTokens(), MetricUnit.COUNT);
        metrics.addMetric("DescriptionCacheHits", generation.cacheHits(), MetricUnit.COUNT);
        metrics.addMetric("DescriptionFallbacks", generation.fallbacks(), MetricUnit.COUNT);
        log.info("described with {}:{}: {} model calls, {} prompt and {} completion tokens, {} cache hits, {} retries, {} fallbacks",
                generation.provider(), generation.model(), generation.calls(), generation.promptTokens(),
                generation.completionTokens(), generation.cacheHits(), generation.retries(), generation.fallbacks());
        return task;
    }
}
