package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.Assembled;
import io.datamind.pipeline.remote.AssembleTask;
import io.datamind.pipeline.remote.RunRef;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Assesses quality, assembles and publishes the dictionary, and finishes the run. */
public final class AssembleHandler extends RunStepHandler<Assembled> {

    public AssembleHandler() {
        this(LambdaServices::shared);
    }

    public AssembleHandler(Supplier<LambdaServices> services) {
        super(services);
    }

    @Override
    protected Assembled handle(RunRef run, LambdaServices services, Metrics metrics) {
        AssembleTask.Assembly assembly = services.assemble().assemble(run);
        var figures = assembly.dictionary().run();
        metrics.addMetric("RunDurationMs", figures.durationMs(), MetricUnit.MILLISECONDS);
        log.info("run {} with {} of {} tables failed; documentation at {}", assembly.outcome().status(),
                figures.tablesFailed(), figures.tablesTotal(), assembly.outcome().documentation());
        return assembly.outcome();
    }
}
