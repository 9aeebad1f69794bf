package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.StepOutcome;
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
        StepOutcome outcome = services.tableSteps().describe(task);
        metrics.addMetric("TablesDescribed", outcome.firstRecord() ? 1 : 0, MetricUnit.COUNT);
        log.info("described");
        return task;
    }
}
