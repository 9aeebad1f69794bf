package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.PlannedRun;
import io.datamind.pipeline.remote.RunRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** StartRun + Plan: records the run and returns one Map item per table. */
public final class PlanHandler extends JsonHandler<RunRequest, PlannedRun> {

    public PlanHandler() {
        this(LambdaServices::shared);
    }

    public PlanHandler(Supplier<LambdaServices> services) {
        super(RunRequest.class, services);
    }

    @Override
    protected Map<String, String> logKeys(RunRequest request) {
        Map<String, String> keys = new HashMap<>();
        keys.put("sourceId", request.sourceId());
        keys.put("runId", request.runId());
        return keys;
    }

    @Override
    protected PlannedRun handle(RunRequest request, LambdaServices services, Metrics metrics) {
        PlannedRun run = services.plan().plan(request);
        org.slf4j.MDC.put("runId", run.runId());
        metrics.addMetric("TablesPlanned", run.tables().size(), MetricUnit.COUNT);
        log.info("planned {} tables", run.tables().size());
        return run;
    }
}
