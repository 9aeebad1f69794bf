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

    /**
     * A request with {@code files} documents that location under the given source id (derived from the location when
     * absent, see {@link FileSourceIds}); a registered source with {@code files} documents its location.
     */
    public PlannedRun plan(RunRequest request) {
        boolean adHocFiles = request.files() != null && !request.files().isBlank();
        String sourceId = adHocFiles && (request.sourceId() == null || request.sourceId().isBlank())
                ? FileSourceIds.of(request.files()) : StoreIds.requireId("sourceId", request.sourceId());
        RegisteredSource source = adHocFiles ? sources.find(sourceId).orElse(null) : sources.registered(sourceId);
        String runId = request.runId() == null || request.runId().isBlank()
                ? RunIds.next(clock) : StoreIds.requireId("runId", request.runId());
        RequestOptions defaults = source == null ? RequestOptions.DEFAULTS : source.options();
        RequestOptions options = request.options() == null ? defaults : request.options().over(defaults);
        Optional<FileRun> files = adHocFiles ? Optional.of(sources.fileRun(requireS3(request.files()), null))
                : source.isFiles() ? Optional.of(sources.fileRun(source.files(), null)) : Optional.empty();
        Plan plan = sources.forRun(files, sourceId).plan(source == null ? null : source.displayName());
        createRunOnce(RunRecord.started(runId, sourceId, StoredResults.toJson(options), plan.tables().size(), clock.instant()));
        files.ifPresent(run -> artifacts.putFiles(runId, run));
        artifacts.putPlan(runId, plan);
        keepPrevious(runId, sourceId, options, plan);
        List<TableTask> tables = plan.tables().stream().map(table -> new TableTask(runId, sourceId, table)).toList();
        return PlannedRun.of(runId, sourceId, options.maxConcurrency(), tables, artifacts.putTableItems(runId, tables));
    }

    private static String requireS3(String files) {
        if (!files.startsWith("s3://") || files.length() <= "s3://".length()) {
            throw new IllegalArgumentException("files must be an s3://bucket/prefix/ or s3://bucket/key location, got " + files);
        }
        return files;
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
