package io.datamind.aws.lambda;

import io.datamind.docs.TableFailure;
import io.datamind.pipeline.remote.FailedTableTask;
import io.datamind.pipeline.remote.TableTask;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** The Map's Catch target: records why a table's chain stopped, so the run goes on and the table shows its error. */
public final class RecordTableFailureHandler extends JsonHandler<FailedTableTask, TableTask> {

    public RecordTableFailureHandler() {
        this(LambdaServices::shared);
    }

    public RecordTableFailureHandler(Supplier<LambdaServices> services) {
        super(FailedTableTask.class, services);
    }

    @Override
    protected Map<String, String> logKeys(FailedTableTask failed) {
        Map<String, String> keys = new HashMap<>();
        keys.put("runId", failed.runId());
        keys.put("sourceId", failed.sourceId());
        keys.put("table", failed.table() == null ? null : failed.table().key());
        return keys;
    }

    @Override
    protected TableTask handle(FailedTableTask failed, LambdaServices services, Metrics metrics) {
        TableFailure failure = services.tableSteps().recordFailure(failed);
        metrics.addMetric("TablesFailed", 1, MetricUnit.COUNT);
        log.warn("table failed at {}: {}: {}", failure.step(), failure.errorType(), failure.message());
        return failed.task();
    }
}
