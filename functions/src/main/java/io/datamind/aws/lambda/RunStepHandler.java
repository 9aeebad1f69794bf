package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.RunRef;
import java.util.Map;
import java.util.function.Supplier;

/** A run-level handler (after the Map). */
abstract class RunStepHandler<O> extends JsonHandler<RunRef, O> {

    protected RunStepHandler(Supplier<LambdaServices> services) {
        super(RunRef.class, services);
    }

    @Override
    protected Map<String, String> logKeys(RunRef run) {
        return Map.of("runId", run.runId(), "sourceId", run.sourceId());
    }
}
