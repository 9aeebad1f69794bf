package io.datamind.aws.lambda;

import io.datamind.pipeline.remote.TableTask;
import java.util.Map;
import java.util.function.Supplier;

/** A per-table handler: takes a Map item and returns it unchanged, so the next state gets the same small reference. */
abstract class TableTaskHandler extends JsonHandler<TableTask, TableTask> {

    protected TableTaskHandler(Supplier<LambdaServices> services) {
        super(TableTask.class, services);
    }

    @Override
    protected Map<String, String> logKeys(TableTask task) {
        return Map.of("runId", task.runId(), "sourceId", task.sourceId(), "table", task.table().key());
    }
}
