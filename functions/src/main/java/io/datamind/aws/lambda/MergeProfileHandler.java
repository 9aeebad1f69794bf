package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.StepOutcome;
import io.datamind.pipeline.remote.TableTask;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Merges the partial profiles of a table split across invocations and stores its profile where ProfileTable stores
 * one. Rows were counted per slice (RowsProfiled of ProfileSlice), so only the table is counted here.
 */
public final class MergeProfileHandler extends TableTaskHandler {

    public MergeProfileHandler() {
        this(LambdaServices::shared);
    }

    public MergeProfileHandler(Supplier<LambdaServices> services) {
        super(services);
    }

    @Override
    protected TableTask handle(TableTask task, LambdaServices services, Metrics metrics) {
        StepOutcome outcome = services.slicedProfiles().merge(task);
        metrics.addMetric("TablesProfiled", outcome.firstRecord() ? 1 : 0, MetricUnit.COUNT);
        log.info("merged {} slices, {} rows", task.sliceCount(), outcome.rows());
        return task;
    }
}
