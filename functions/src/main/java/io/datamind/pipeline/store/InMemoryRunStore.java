package io.datamind.pipeline.store;

import io.datamind.docs.RunStatus;
import io.datamind.scan.TableRef;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** A thread-safe {@link RunStore} in memory, for tests and the local runner; same contract as the DynamoDB store. */
public final class InMemoryRunStore implements RunStore {

    private static final class StoredRun {
        private RunRecord record;
        private final Map<Step, ConcurrentSkipListMap<String, StepResult>> resultsByStep = new EnumMap<>(Step.class);

        StoredRun(RunRecord record) {
            this.record = record;
            for (Step step : Step.values()) {
                resultsByStep.put(step, new ConcurrentSkipListMap<>());
            }
        }

        ConcurrentSkipListMap<String, StepResult> results(Step step) {
            return resultsByStep.get(step);
        }
    }

    private final Map<String, StoredRun> runs = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> tokens = new ConcurrentHashMap<>();
    private final Map<String, SourceState> sources = new ConcurrentHashMap<>();
    private final Clock clock;

    public InMemoryRunStore(Clock clock) {
        this.clock = clock;
    }

    public InMemoryRunStore() {
        this(Clock.systemUTC());
    }

    @Override
    public void createRun(RunRecord run) {
        if (runs.putIfAbsent(run.runId(), new StoredRun(run)) != null) {
            throw new RunAlreadyExistsException(run.runId());
        }
    }

    @Override
    public Optional<RunRecord> getRun(String runId) {
        StoredRun stored = runs.get(runId);
        if (stored == null) {
            return Optional.empty();
        }
        synchronized (stored) {
            return Optional.of(stored.record);
        }
    }

    @Override
    public boolean putStepResult(String runId, TableRef table, Step step, String json) {
        StoredRun stored = existing(runId);
        synchronized (stored) {
            StepResult previous = stored.results(step).put(table.key(), new StepResult(runId, table, step, json));
            if (previous != null) {
                return false;
            }
            RunRecord r = stored.record;
            stored.record = new RunRecord(r.runId(), r.sourceId(), r.status(), r.optionsJson(), r.tablesTotal(),
                    r.counters().plusOne(step), r.startedAt(), r.finishedAt(), r.reason());
            return true;
        }
    }

    @Override
    public Optional<String> getStepResult(String runId, TableRef table, Step step) {
        StoredRun stored = runs.get(runId);
        return stored == null ? Optional.empty()
                : Optional.ofNullable(stored.results(step).get(table.key())).map(StepResult::json);
    }

    @Override
    public Stream<StepResult> listStepResults(String runId, Step step) {
        StoredRun stored = runs.get(runId);
        if (stored == null) {
            return Stream.empty();
        }
        return stored.results(step).values().stream();
    }

    @Override
    public RunRecord finishRun(String runId, RunStatus status) {
        StoredRun stored = existing(runId);
        RunState finalState = RunState.of(status);
        synchronized (stored) {
            RunRecord r = stored.record;
            if (r.status() == finalState) {
                return r;
            }
            if (r.status().isFinal()) {
                throw new IllegalStateException("run " + runId + " already finished as " + r.status());
            }
            stored.record = new RunRecord(r.runId(), r.sourceId(), finalState, r.optionsJson(), r.tablesTotal(),
                    r.counters(), r.startedAt(), clock.instant(), r.reason());
            return stored.record;
        }
    }

    @Override
    public long addTokens(String runId, long added) {
        RunStore.requireNotNegative(added);
        existing(runId);
        return tokens.computeIfAbsent(runId, id -> new AtomicLong()).addAndGet(added);
    }

    @Override
    public Optional<SourceState> getSourceState(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    @Override
    public void putSourceState(SourceState state) {
        sources.put(state.sourceId(), state);
    }

    private StoredRun existing(String runId) {
        StoredRun stored = runs.get(runId);
        if (stored == null) {
            throw new RunNotFoundException(runId);
        }
        return stored;
    }
}
