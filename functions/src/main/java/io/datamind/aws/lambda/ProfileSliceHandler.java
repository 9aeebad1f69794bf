package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.SliceTask;
import io.datamind.pipeline.remote.StepOutcome;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Profiles one slice of a table split across invocations and stores its partial profile; returns its input. */
public final class ProfileSliceHandler extends JsonHandler<SliceTask, SliceTask> {

    public ProfileSliceHandler() {
        this(LambdaServices::shared);
    }

    public ProfileSliceHandler(Supplier<LambdaServices> services) {
        super(SliceTask.class, services);
    }

    @Override
    protected Map<String, String> logKeys(SliceTask task) {
        return Map.of("runId", task.runId(), "sourceId", task.sourceId(), "table", task.table().key(),
                "slice", task.slice().index() + "/" + task.slice().count());
    }

    @Override
    protected SliceTask handle(SliceTask task, LambdaServices services, Metrics metrics) {
        StepOutcome outcome = services.slicedProfiles().profileSlice(task);
        metrics.addMetric("SlicesProfiled", outcome.firstRecord() ? 1 : 0, MetricUnit.COUNT);
        metrics.addMetric("RowsProfiled", outcome.rows(), MetricUnit.COUNT);
        log.info("profiled {} rows of {}", outcome.rows(), task.slice());
        return task;
    }
}
