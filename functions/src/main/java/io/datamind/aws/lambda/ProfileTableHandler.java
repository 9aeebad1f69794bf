package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.StepOutcome;
import io.datamind.pipeline.remote.TableTask;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Profiles one scanned table and stores its statistics. */
public final class ProfileTableHandler extends TableTaskHandler {

    public ProfileTableHandler() {
        this(LambdaServices::shared);
    }

    public ProfileTableHandler(Supplier<LambdaServices> services) {
        super(services);
    }

    @Override
    protected TableTask handle(TableTask task, LambdaServices services, Metrics metrics) {
        StepOutcome outcome = services.tableSteps().profile(task);
        if (outcome.reusedFrom() != null) {
            metrics.addMetric("TablesReused", 1, MetricUnit.COUNT);
            log.info("unchanged since run {}: kept its profile, no query", outcome.reusedFrom());
            return task;
        }
        metrics.addMetric("TablesProfiled", outcome.firstRecord() ? 1 : 0, MetricUnit.COUNT);
        metrics.addMetric("RowsProfiled", outcome.rows(), MetricUnit.COUNT);
        log.info("profiled {} rows", outcome.rows());
        return task;
    }
}
