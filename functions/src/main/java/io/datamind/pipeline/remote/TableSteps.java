package io.datamind.pipeline.remote;

import io.datamind.describe.DescribeRequest;
import io.datamind.describe.TableDescription;
import io.datamind.describe.llm.DescriberSetup;
import io.datamind.describe.llm.GenerationReport;
import io.datamind.describe.llm.LlmDescriber;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFailure;
import io.datamind.pipeline.DocumentedSource;
import io.datamind.scan.SchemaScanner;
import io.datamind.pipeline.store.Step;
import io.datamind.profile.TableProfile;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.Optional;

/**
 * The per-table steps of the state machine's Map: each loads what it needs from the run store, runs the step
 * service and records its result (idempotently, so Step Functions' retries are harmless).
 */
public final class TableSteps {

    private final Sources sources;
    private final StoredResults results;
    private final RunDescribers describers;
    private final RunArtifacts artifacts;

    public TableSteps(Sources sources, StoredResults results, RunDescribers describers, RunArtifacts artifacts) {
        this.sources = sources;
        this.results = results;
        this.describers = describers;
        this.artifacts = artifacts;
    }

    /**
     * Scans the table and fingerprints it. When the fingerprint proves the table unchanged since the previous run
     * (and the run is not full: then the plan kept no previous table), the previous entry is recorded as the reuse
     * marker and its profile as this run's, before the scan result, so a retried scan finds the same state.
     */
    public StepOutcome scan(TableTask task) {
        SchemaScanner.Scanned scanned = source(task).scanWithFingerprint(task.table());
        artifacts.putFingerprint(task.runId(), task.table(), scanned.fingerprint());
        String mode = results.options(task.runId()).profileOptions().mode().name();
        Optional<TableEntry> reused = artifacts.previousTable(task.runId(), task.table())
                .flatMap(previous -> previous.reuse(scanned.schema(), scanned.fingerprint(), mode));
        reused.ifPresent(entry -> {
            artifacts.putReused(task.runId(), entry);
            results.put(task.runId(), task.table(), Step.PROFILE, entry.profile());
        });
        boolean first = results.put(task.runId(), task.table(), Step.SCAN, scanned.schema());
        return new StepOutcome(first, 0, reused.map(TableEntry::reusedFrom).orElse(null));
    }

    /** Profiles the table, unless the scan kept the previous run's profile: then no query reaches the database. */
    public StepOutcome profile(TableTask task) {
        Optional<TableEntry> reused = artifacts.reused(task.runId(), task.table());
        if (reused.isPresent()) {
            return new StepOutcome(false, 0, reused.get().reusedFrom());
        }
        TableSchema schema = results.require(task.runId(), task.table(), Step.SCAN, TableSchema.class);
        RequestOptions options = results.options(task.runId());
        TableProfile profile = source(task).profiling(options.profileOptions()).profile(schema);
        return new StepOutcome(results.put(task.runId(), task.table(), Step.PROFILE, profile), profile.rowsProfiled());
    }

    private DocumentedSource source(TableTask task) {
        return sources.forRun(artifacts.files(task.runId()), task.sourceId());
    }

    /**
     * Describes with the run's describer. Its usage counters live as long as the container, so this table's figures
     * are the difference of two snapshots: a Lambda container runs one invocation at a time.
     * <p>
     * The run's token budget is shared by all its invocations through the run store: the spent total is checked
     * before the table and this table's tokens are added after it. Tables described at the same time each see the
     * total from before the others, so a run may overshoot its budget by what the tables in flight spend.
     */
    public Described describe(TableTask task) {
        RequestOptions options = results.options(task.runId());
        DescriberSetup.Built describer = describers.forRun(options);
        Optional<Described> kept = keptDescription(task, describer);
        if (kept.isPresent()) {
            return kept.get();
        }
        TableSchema schema = results.require(task.runId(), task.table(), Step.SCAN, TableSchema.class);
        TableProfile profile = results.require(task.runId(), task.table(), Step.PROFILE, TableProfile.class);
        DescribeRequest request = new DescribeRequest(schema, profile,
                schema.foreignKeys().stream().map(ForeignKey::target).distinct().toList());
        GenerationReport before = describer.report();
        long budget = before == null ? 0 : describers.tokenBudget(options);
        if (budget > 0 && results.store().addTokens(task.runId(), 0) >= budget) {
            return describedOffline(task, request, options, GenerationReport.fallback(before.provider(), before.model(),
                    task.table().key(), LlmDescriber.BUDGET_SPENT));
        }
        TableDescription description = describer.describer().describe(request);
        GenerationReport generation = before == null ? null : describer.report().since(before);
        if (generation != null) {
            long spent = generation.promptTokens() + generation.completionTokens();
            if (spent > 0) {
                results.store().addTokens(task.runId(), spent);
            }
            artifacts.putGeneration(task.runId(), task.table(), generation);
        }
        boolean first = results.put(task.runId(), task.table(), Step.DESCRIBE, description);
        return new Described(new StepOutcome(first, 0), generation);
    }

    /**
     * The previous run's description of an unchanged table, when the same describer wrote it: no model call, reviewed
     * texts still applied. Empty when the table changed or the describer did (the kept profile is then described).
     */
    private Optional<Described> keptDescription(TableTask task, DescriberSetup.Built describer) {
        Optional<TableEntry> reused = artifacts.reused(task.runId(), task.table());
        if (reused.isEmpty() || reused.get().description() == null
                || !artifacts.previousTable(task.runId(), task.table()).map(p -> p.describedBy(describer.name())).orElse(false)) {
            return Optional.empty();
        }
        TableDescription description = describer.describer().reuse(reused.get().description());
        boolean first = results.put(task.runId(), task.table(), Step.DESCRIBE, description);
        return Optional.of(new Described(new StepOutcome(first, 0, reused.get().reusedFrom()), null));
    }

    /** The heuristic text (reviewed overrides still applied) for a table the model may not describe. */
    private Described describedOffline(TableTask task, DescribeRequest request, RequestOptions options,
                                       GenerationReport generation) {
        RequestOptions offline = new RequestOptions(null, null, null, RequestOptions.HEURISTIC).over(options);
        TableDescription description = describers.forRun(offline).describer().describe(request);
        artifacts.putGeneration(task.runId(), task.table(), generation);
        boolean first = results.put(task.runId(), task.table(), Step.DESCRIBE, description);
        return new Described(new StepOutcome(first, 0), generation);
    }

    /** Records why the table's chain stopped; the failed step is the first one without a result. */
    public TableFailure recordFailure(FailedTableTask failed) {
        TableTask task = failed.task();
        TableFailure failure = FailureCause.toFailure(failedStep(task.runId(), task.table()), failed.error());
        results.put(task.runId(), task.table(), Step.FAILURE, failure);
        return failure;
    }

    private String failedStep(String runId, TableRef table) {
        for (Step step : new Step[] {Step.SCAN, Step.PROFILE, Step.DESCRIBE}) {
            if (results.store().getStepResult(runId, table, step).isEmpty()) {
                return step.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "describe";
    }
}
