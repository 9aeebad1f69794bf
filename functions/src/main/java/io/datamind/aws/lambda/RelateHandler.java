package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.Related;
import io.datamind.pipeline.remote.RunRef;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Finds declared and inferred relationships across every scanned table of the run. */
public final class RelateHandler extends RunStepHandler<Related> {

    public RelateHandler() {
        this(LambdaServices::shared);
    }

    public RelateHandler(Supplier<LambdaServices> services) {
        super(services);
    }

    @Override
    protected Related handle(RunRef run, LambdaServices services, Metrics metrics) {
        Related related = services.relate().relate(run);
        metrics.addMetric("RelationshipsFound", related.relationships(), MetricUnit.COUNT);
        log.info("found {} relationships", related.relationships());
        return related;
    }
}
