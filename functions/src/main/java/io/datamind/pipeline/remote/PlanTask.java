package io.datamind.pipeline.remote;

import io.datamind.docs.DataDictionary;
import io.datamind.incremental.PreviousRun;
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
import java.util.Optional;

/** Starts a run: lists the source's tables, records the run as RUNNING and hands out one Map item per table. */
public final class PlanTask {

    private final Sources sources;
    private final StoredResults results;
    private final RunArtifacts artifacts;
    private final Clock clock;
    private final PreviousDocumentation previousDocumentation;

    public PlanTask(Sources sources, StoredResults results, RunArtifacts artifacts, Clock clock) {
        this(sources, results, artifacts, clock, PreviousDocumentation.none());
    }

    /** @param previousDocumentation where the source's last run is read, to reuse unchanged tables and compare */
    public PlanTask(Sources sources, StoredResults results, RunArtifacts artifacts, Clock clock,
                    PreviousDocumentation previousDocumentation) {
        this.previousDocumentation = previousDocumentation;
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
        keepPrevious(runId, source.id(), options, plan);
        List<TableTask> tables = plan.tables().stream().map(table -> new TableTask(runId, source.id(), table)).toList();
        return PlannedRun.of(runId, source.id(), options.maxConcurrency(), tables, artifacts.putTableItems(runId, tables));
    }

    /**
     * Copies the source's previous dictionary into the run (drift compares with it even after this run replaced
     * {@code latest/}) and, unless the run is full, splits it per planned table for the table steps' reuse decision.
     */
    private void keepPrevious(String runId, String sourceId, RequestOptions options, Plan plan) {
        Optional<DataDictionary> previous = previousDocumentation.latest(sourceId);
        if (previous.isEmpty()) {
            return;
        }
        artifacts.putPrevious(runId, previous.get());
        if (options.forceFull()) {
            return;
        }
        PreviousRun run = PreviousRun.ofSameSource(previous.get(), plan.source().kind(), plan.source().location());
        plan.tables().forEach(table -> run.table(table).ifPresent(entry -> artifacts.putPreviousTable(runId, entry)));
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
