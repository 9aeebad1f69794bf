package io.datamind.api;

import io.datamind.api.RunReport.Progress;
import io.datamind.api.RunReport.RunError;
import io.datamind.api.RunReport.TableProgress;
import io.datamind.api.RunReport.TableStatus;
import io.datamind.docs.Json;
import io.datamind.docs.TableFailure;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunStore;
import io.datamind.pipeline.store.Step;
import io.datamind.pipeline.store.StepResult;
import io.datamind.scan.TableRef;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Per-table progress of a run from the store: which tables have which step result. Only the failures' payloads are
 * read (they hold the reason); the other steps are listed by key, so a run of hundreds of profiled tables stays cheap.
 */
final class TableProgressReader {

    private static final List<Step> STEPS = List.of(Step.SCAN, Step.PROFILE, Step.DESCRIBE);

    record Tables(Progress progress, List<TableProgress> tables, List<RunError> errors) {
    }

    private final RunStore store;

    TableProgressReader(RunStore store) {
        this.store = store;
    }

    /** The run item's counters alone: one read, for callers that need no per-table detail. */
    static Tables countsOnly(RunRecord run) {
        int done = run.tablesDescribed();
        int running = Math.max(0, run.tablesScanned() - done - run.tablesFailed());
        return new Tables(progress(run.tablesTotal(), done, run.tablesFailed(), running), null, List.of());
    }

    Tables read(RunRecord run) {
        Map<Step, Set<String>> recorded = new EnumMap<>(Step.class);
        Map<String, TableRef> tables = new TreeMap<>();
        for (Step step : STEPS) {
            Set<String> keys = new TreeSet<>();
            try (var listed = store.listTablesWithResult(run.runId(), step)) {
                listed.forEach(table -> {
                    tables.putIfAbsent(table.key(), table);
                    keys.add(table.key());
                });
            }
            recorded.put(step, keys);
        }
        Map<String, TableFailure> failures = new TreeMap<>();
        try (var results = store.listStepResults(run.runId(), Step.FAILURE)) {
            results.forEach(result -> {
                tables.putIfAbsent(result.table().key(), result.table());
                failures.put(result.table().key(), failure(result));
            });
        }
        List<TableProgress> entries = new ArrayList<>();
        List<RunError> errors = new ArrayList<>();
        int done = 0;
        int running = 0;
        for (TableRef table : tables.values()) {
            TableFailure failure = failures.get(table.key());
            TableStatus status = failure != null ? TableStatus.FAILED
                    : recorded.get(Step.DESCRIBE).contains(table.key()) ? TableStatus.DONE : TableStatus.RUNNING;
            done += status == TableStatus.DONE ? 1 : 0;
            running += status == TableStatus.RUNNING ? 1 : 0;
            entries.add(new TableProgress(table.key(), table.schema(), table.name(), status, steps(table, recorded), failure));
            if (failure != null) {
                errors.add(new RunError(table.key(), failure.step(), failure.errorType(), failure.message()));
            }
        }
        return new Tables(progress(run.tablesTotal(), done, failures.size(), running), entries, errors);
    }

    private static Progress progress(int total, int done, int failed, int running) {
        return new Progress(total, done, failed, running, Math.max(0, total - done - failed - running));
    }

    private static Map<String, String> steps(TableRef table, Map<Step, Set<String>> recorded) {
        Map<String, String> steps = new LinkedHashMap<>();
        for (Step step : STEPS) {
            steps.put(step.name().toLowerCase(java.util.Locale.ROOT),
                    recorded.get(step).contains(table.key()) ? "done" : "pending");
        }
        return steps;
    }

    private static TableFailure failure(StepResult result) {
        try {
            return Json.mapper().readValue(result.json(), TableFailure.class);
        } catch (IOException e) {
            return new TableFailure("unknown", "UnreadableFailure", "the recorded failure of this table cannot be read");
        }
    }
}
