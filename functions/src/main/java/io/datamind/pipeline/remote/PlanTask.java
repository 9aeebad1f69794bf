package io.datamind.pipeline.remote;

import io.datamind.pipeline.Plan;
import io.datamind.pipeline.PlanStep;
import io.datamind.pipeline.RunIds;
import io.datamind.pipeline.store.RunAlreadyExistsException;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.StoreIds;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SchemaScanner;
import java.time.Clock;
import java.util.List;

/** Starts a run: lists the source's tables, records the run as RUNNING and hands out one Map item per table. */
public final class PlanTask {

    private final Sources sources;
    private final StoredResults results;
    private final RunArtifacts artifacts;
    private final Clock clock;

    public PlanTask(Sources sources, StoredResults results, RunArtifacts artifacts, Clock clock) {
        this.sources = sources;
        this.results = results;
        this.artifacts = artifacts;
        this.clock = clock;
    }

    public PlannedRun plan(RunRequest request) {
        RegisteredSource source = sources.registered(StoreIds.requireId("sourceId", request.sourceId()));
        String runId = request.runId() == null || request.runId().isBlank()
                ? RunIds.next(clock) : StoreIds.requireId("runId", request.runId());
        RequestOptions options = request.options() == null ? source.options() : request.options().over(source.options());
        JdbcSource jdbc = sources.open(source.id());
        Plan plan = new PlanStep(jdbc, new SchemaScanner(jdbc)).plan(source.displayName());
        createRunOnce(RunRecord.started(runId, source.id(), StoredResults.toJson(options), plan.tables().size(), clock.instant()));
        artifacts.putPlan(runId, plan);
        List<TableTask> tables = plan.tables().stream().map(table -> new TableTask(runId, source.id(), table)).toList();
        return PlannedRun.of(runId, source.id(), options.maxConcurrency(), tables, artifacts.putTableItems(runId, tables));
    }

    /** A retried plan with the same run id finds its run already there; a different source under that id is an error. */
    private void createRunOnce(RunRecord run) {
        try {
            results.store().createRun(run);
        } catch (RunAlreadyExistsException e) {
            RunRecord existing = results.run(run.runId());
            if (!existing.sourceId().equals(run.sourceId()) || existing.status().isFinal()) {
                throw new IllegalStateException("run " + run.runId() + " already exists for source " + existing.sourceId()
                        + " with status " + existing.status(), e);
            }
        }
    }
}
