package io.datamind.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.api.Problem.Violation;
import io.datamind.api.RunReport.RunError;
import io.datamind.api.RunReport.Status;
import io.datamind.docs.Json;
import io.datamind.docs.TableFailure;
import io.datamind.pipeline.RunIds;
import io.datamind.pipeline.remote.FailureCause;
import io.datamind.pipeline.remote.RequestOptions;
import io.datamind.pipeline.remote.RunRequest;
import io.datamind.pipeline.remote.SourceRegistry;
import io.datamind.pipeline.remote.StepError;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunStore;
import io.datamind.pipeline.store.StoreIds;
import io.datamind.trigger.RunStart;
import io.datamind.trigger.RunStarter;
import io.datamind.trigger.StartedRun;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starting runs and reporting on them: what {@code /runs} serves, in plain Java over the store and the starter. */
public final class RunsService {

    private final RunStore store;
    private final SourceRegistry registry;
    private final RunStarter starter;
    private final RunExecutions executions;
    private final DocumentationLinks links;
    private final String inputBucket;
    private final Clock clock;

    /** @param inputBucket the bucket file datasets must be in; null when the deployment takes none */
    public RunsService(RunStore store, SourceRegistry registry, RunStarter starter, RunExecutions executions,
                       DocumentationLinks links, String inputBucket, Clock clock) {
        this.store = store;
        this.registry = registry;
        this.starter = starter;
        this.executions = executions;
        this.links = links;
        this.inputBucket = inputBucket;
        this.clock = clock;
    }

    /** The accepted run: its id names the execution, so {@code GET /runs/{id}} can answer before Plan records it. */
    public record Accepted(String runId, String sourceId, String files, Status status, Map<String, String> links) {
    }

    /** @param body a body already valid against start-run.schema.json */
    public Accepted start(JsonNode body) {
        String sourceId = text(body, "sourceId");
        String files = text(body, "files");
        if (files == null && registry.find(sourceId).isEmpty()) {
            String detail = "source '" + sourceId + "' is not registered; GET /sources lists the registered sources";
            throw ApiProblem.badRequest(detail, List.of(Violation.atPointer("/sourceId", detail)));
        }
        if (files != null) {
            FileLocation.requireAccepted(files, inputBucket);
        }
        String runId = RunIds.next(clock);
        StartedRun started = starter.start(new RunStart(runId, new RunRequest(sourceId, runId, options(body), files)));
        if (started.duplicate()) {
            throw new IllegalStateException("a fresh run id " + runId + " met an existing execution");
        }
        return new Accepted(runId, sourceId, files, Status.STARTING, Map.of("self", "/runs/" + runId));
    }

    public RunReport report(String runId) {
        return report(runId, true);
    }

    /**
     * @throws ApiProblem 404 when no such run exists, 409 while the run has not finished, 404 when it finished
     *                    without publishing the document
     */
    public DocumentLink documentation(String runId, DocumentFormat format) {
        RunReport run = report(runId, false);
        if (!run.status().finished()) {
            throw ApiProblem.conflict("documentation-not-ready", "Documentation not ready",
                    "run " + runId + " is " + name(run.status()) + " (" + run.progress().done() + " of "
                            + run.progress().total() + " tables done); its documentation is published when it finishes:"
                            + " poll GET /runs/" + runId + " until its status is succeeded, partial or failed");
        }
        return Optional.ofNullable(run.sourceId())
                .flatMap(source -> links.find(source, runId, format))
                .orElseThrow(() -> ApiProblem.notFound("no-documentation", "No documentation",
                        "run " + runId + " finished as " + name(run.status()) + " but its " + format.fileName()
                                + " is not in the documentation bucket"
                                + (run.status() == Status.FAILED ? " (the run failed before publishing; see its errors"
                                + " in GET /runs/" + runId + ")" : " (removed since?)")));
    }

    private RunReport report(String runId, boolean withTables) {
        requireRunId(runId);
        Optional<RunRecord> record = store.getRun(runId);
        if (record.isEmpty()) {
            return fromExecution(runId, executions.find(runId).orElseThrow(() -> unknownRun(runId)));
        }
        RunRecord run = record.get();
        Status status = Status.valueOf(run.status().name());
        List<RunError> errors = new ArrayList<>();
        if (run.reason() != null) {
            errors.add(new RunError(null, "start", "RunNotStarted", run.reason()));
        }
        if (status == Status.RUNNING) {
            Optional<ExecutionState> execution = executions.find(runId).filter(ExecutionState::endedBadly);
            if (execution.isPresent()) {
                status = Status.FAILED;
                errors.add(executionError(execution.get()));
            }
        }
        TableProgressReader.Tables tables = withTables ? new TableProgressReader(store).read(run)
                : TableProgressReader.countsOnly(run);
        errors.addAll(tables.errors());
        return new RunReport(run.runId(), run.sourceId(), null, status, iso(run.startedAt()), iso(run.finishedAt()),
                tables.progress(), withTables ? tables.tables() : null, errors,
                status.finished() ? documentationPaths(runId) : null);
    }

    private RunReport fromExecution(String runId, ExecutionState execution) {
        RunRequest input = execution.input();
        Status status = switch (execution.status()) {
            case RUNNING -> Status.STARTING;
            case SUCCEEDED -> Status.SUCCEEDED;
            case FAILED, TIMED_OUT, ABORTED -> Status.FAILED;
        };
        List<RunError> errors = execution.endedBadly() ? List.of(executionError(execution)) : List.of();
        return new RunReport(runId, input == null ? null : input.sourceId(), input == null ? null : input.files(),
                status, iso(execution.startedAt()), iso(execution.stoppedAt()), new RunReport.Progress(0, 0, 0, 0, 0), List.of(),
                errors, status == Status.SUCCEEDED ? documentationPaths(runId) : null);
    }

    private static RunError executionError(ExecutionState execution) {
        String name = execution.error() != null ? execution.error() : "States." + execution.status().name();
        TableFailure failure = FailureCause.toFailure("execution", new StepError(name, execution.cause()));
        return new RunError(null, failure.step(), failure.errorType(), failure.message());
    }

    private static Map<String, String> documentationPaths(String runId) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (DocumentFormat format : DocumentFormat.values()) {
            paths.put(format.parameter(), "/runs/" + runId + "/documentation?format=" + format.parameter());
        }
        return paths;
    }

    static void requireRunId(String runId) {
        try {
            StoreIds.requireId("run id", runId);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badParameter("id", e.getMessage());
        }
    }

    private static ApiProblem unknownRun(String runId) {
        return ApiProblem.notFound("no-such-run", "No such run", "there is no run " + runId
                + "; run ids are returned by POST /runs (runs are forgotten after the deployment's retention period)");
    }

    private static RequestOptions options(JsonNode body) {
        JsonNode options = body.get("options");
        if (options == null || options.isNull()) {
            return null;
        }
        try {
            return Json.mapper().treeToValue(options, RequestOptions.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String detail = "options are not valid: " + e.getMessage();
            throw ApiProblem.badRequest(detail, List.of(Violation.atPointer("/options", detail)));
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String iso(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String name(Status status) {
        return status.name().toLowerCase(java.util.Locale.ROOT);
    }
}
