package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.StepOutcome;
import io.datamind.pipeline.remote.TableTask;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/**
 * Reads one table's catalog entry and stores its schema. Returns the item, with {@code slices} when the table is too
 * large for one profile invocation (the state machine then runs ProfileSlice per slice and MergeProfile).
 */
public final class ScanTableHandler extends TableTaskHandler {

    public ScanTableHandler() {
        this(LambdaServices::shared);
    }

    public ScanTableHandler(Supplier<LambdaServices> services) {
        super(services);
    }

    @Override
    protected TableTask handle(TableTask task, LambdaServices services, Metrics metrics) {
        StepOutcome outcome = services.tableSteps().scan(task);
        metrics.addMetric("TablesScanned", outcome.firstRecord() ? 1 : 0, MetricUnit.COUNT);
        log.info(outcome.firstRecord() ? "scanned" : "scanned again (retry; result replaced)");
        TableTask item = services.slicedProfiles().plan(task);
        if (item.sliced()) {
            log.info("profile split into {} slices", item.sliceCount());
        }
        return item;
    }
}
