package io.datamind.pipeline.store;

import io.datamind.docs.RunStatus;
import io.datamind.scan.TableRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Behaviour every {@link RunStore} shares; subclasses supply the store (in memory, DynamoDB on moto, ...). */
public abstract class RunStoreContract {

    protected static final Instant STARTED = Instant.parse("2026-11-22T10:00:00Z");
    protected static final TableRef ORDERS = new TableRef("sales", "orders");
    protected static final TableRef CUSTOMERS = new TableRef("sales", "customers");

    protected RunStore store;
    protected String runId;

    /** A fresh, empty store; called before each test. */
    protected abstract RunStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
        runId = "run-" + UUID.randomUUID();
    }

    protected RunRecord startRun(int tablesTotal) {
        RunRecord run = RunRecord.started(runId, "sales-db", "{\"formats\":[\"html\"]}", tablesTotal, STARTED);
        store.createRun(run);
        return run;
    }

    @Test
    void createdRunReadsBackAsRunningWithZeroCounters() {
        RunRecord run = startRun(12);

        assertThat(store.getRun(runId)).contains(run);
        RunRecord read = store.getRun(runId).orElseThrow();
        assertThat(read.status()).isEqualTo(RunState.RUNNING);
        assertThat(read.optionsJson()).isEqualTo("{\"formats\":[\"html\"]}");
        assertThat(read.tablesTotal()).isEqualTo(12);
        assertThat(read.counters()).isEqualTo(StepCounters.ZERO);
        assertThat(read.finishedAt()).isNull();
        assertThat(store.getRun("run-never-created")).isEmpty();
    }

    @Test
    void runThatCouldNotStartReadsBackFailedWithItsReason() {
        RunRecord run = RunRecord.notStarted(runId, "sales-db", "{}", "report.xlsx is not a supported data file", STARTED);
        store.createRun(run);

        RunRecord read = store.getRun(runId).orElseThrow();
        assertThat(read).isEqualTo(run);
        assertThat(read.status()).isEqualTo(RunState.FAILED);
        assertThat(read.reason()).isEqualTo("report.xlsx is not a supported data file");
        assertThat(read.finishedAt()).isEqualTo(STARTED);
        assertThat(store.finishRun(runId, RunStatus.FAILED).reason()).isEqualTo(read.reason());
    }

    @Test
    void creatingTheSameRunTwiceFails() {
        startRun(1);

        assertThatThrownBy(() -> store.createRun(RunRecord.started(runId, "other-db", "{}", 5, STARTED)))
                .isInstanceOf(RunAlreadyExistsException.class);
        assertThat(store.getRun(runId).orElseThrow().sourceId()).isEqualTo("sales-db");
    }

    @Test
    void retriedStepCountsOnceAndKeepsTheLatestPayload() {
        startRun(2);

        assertThat(store.putStepResult(runId, ORDERS, Step.SCAN, "{\"attempt\":1}")).isTrue();
        assertThat(store.putStepResult(runId, ORDERS, Step.SCAN, "{\"attempt\":2}")).isFalse();

        assertThat(store.getRun(runId).orElseThrow().tablesScanned()).isEqualTo(1);
        assertThat(store.getStepResult(runId, ORDERS, Step.SCAN)).contains("{\"attempt\":2}");
        assertThat(store.listStepResults(runId, Step.SCAN).toList())
                .containsExactly(new StepResult(runId, ORDERS, Step.SCAN, "{\"attempt\":2}"));
    }

    @Test
    void eachStepHasItsOwnCounterAndResults() {
        startRun(2);
        store.putStepResult(runId, ORDERS, Step.SCAN, "{\"s\":1}");
        store.putStepResult(runId, CUSTOMERS, Step.SCAN, "{\"s\":2}");
        store.putStepResult(runId, ORDERS, Step.PROFILE, "{\"p\":1}");
        store.putStepResult(runId, CUSTOMERS, Step.FAILURE, "{\"error\":\"timeout\"}");

        RunRecord run = store.getRun(runId).orElseThrow();
        assertThat(run.counters()).isEqualTo(new StepCounters(2, 1, 0, 1));
        assertThat(store.listStepResults(runId, Step.SCAN).map(StepResult::table).toList())
                .containsExactly(CUSTOMERS, ORDERS);
        assertThat(store.listStepResults(runId, Step.PROFILE).map(StepResult::json).toList()).containsExactly("{\"p\":1}");
        assertThat(store.listStepResults(runId, Step.DESCRIBE).toList()).isEmpty();
        assertThat(store.getStepResult(runId, CUSTOMERS, Step.PROFILE)).isEmpty();
    }

    @Test
    void tablesWithAResultAreListedPerStepWithoutTheirPayloads() {
        startRun(3);
        TableRef plain = new TableRef(null, "audit.log");
        store.putStepResult(runId, ORDERS, Step.SCAN, "{}");
        store.putStepResult(runId, CUSTOMERS, Step.SCAN, "{\"big\":\"" + "x".repeat(400_000) + "\"}");
        store.putStepResult(runId, plain, Step.SCAN, "{}");
        store.putStepResult(runId, ORDERS, Step.PROFILE, "{}");

        assertThat(store.listTablesWithResult(runId, Step.SCAN).toList()).containsExactly(plain, CUSTOMERS, ORDERS);
        assertThat(store.listTablesWithResult(runId, Step.PROFILE).toList()).containsExactly(ORDERS);
        assertThat(store.listTablesWithResult(runId, Step.FAILURE).toList()).isEmpty();
        assertThat(store.listTablesWithResult("run-never-created", Step.SCAN).toList()).isEmpty();
    }

    @Test
    void tablesWithoutSchemaKeepTheirIdentity() {
        startRun(1);
        TableRef sqliteTable = new TableRef(null, "events");

        store.putStepResult(runId, sqliteTable, Step.DESCRIBE, "{}");

        assertThat(store.listStepResults(runId, Step.DESCRIBE).map(StepResult::table).toList()).containsExactly(sqliteTable);
        assertThat(store.getStepResult(runId, sqliteTable, Step.DESCRIBE)).contains("{}");
    }

    @Test
    void stepResultForUnknownRunIsRejected() {
        assertThatThrownBy(() -> store.putStepResult("run-never-created", ORDERS, Step.SCAN, "{}"))
                .isInstanceOf(RunNotFoundException.class);
        assertThat(store.getRun("run-never-created")).isEmpty();
    }

    @Test
    void concurrentPutsForManyTablesCountEveryTable() throws Exception {
        int tables = 80;
        startRun(tables);
        List<Callable<Boolean>> puts = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            TableRef table = new TableRef("s", "t" + i);
            puts.add(() -> store.putStepResult(runId, table, Step.PROFILE, "{\"table\":\"" + table.key() + "\"}"));
            if (i % 4 == 0) {
                puts.add(() -> store.putStepResult(runId, table, Step.FAILURE, "{}"));
            }
        }

        List<Boolean> firstTimes = runConcurrently(puts);

        assertThat(firstTimes).hasSize(tables + tables / 4).containsOnly(true);
        assertThat(store.getRun(runId).orElseThrow().counters()).isEqualTo(new StepCounters(0, tables, 0, tables / 4));
        assertThat(store.listStepResults(runId, Step.PROFILE).toList()).hasSize(tables)
                .allSatisfy(r -> assertThat(r.json()).isEqualTo("{\"table\":\"" + r.table().key() + "\"}"));
    }

    @Test
    void retriesAfterConcurrentFirstPutsAreNotCounted() throws Exception {
        int tables = 30;
        startRun(tables);
        List<Callable<Boolean>> puts = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            TableRef table = new TableRef("s", "t" + i);
            puts.add(() -> store.putStepResult(runId, table, Step.SCAN, "{}"));
        }
        runConcurrently(puts);

        for (int i = 0; i < tables; i++) {
            assertThat(store.putStepResult(runId, new TableRef("s", "t" + i), Step.SCAN, "{\"retry\":true}")).isFalse();
        }

        assertThat(store.getRun(runId).orElseThrow().tablesScanned()).isEqualTo(tables);
        assertThat(store.listStepResults(runId, Step.SCAN).map(StepResult::json).toList())
                .hasSize(tables).containsOnly("{\"retry\":true}");
    }

    @Test
    void concurrentRetriesOfTheSameStepCountOnce() throws Exception {
        int tables = 40;
        startRun(tables);
        List<Callable<Boolean>> puts = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            TableRef table = new TableRef("s", "t" + i);
            for (int attempt = 0; attempt < 3; attempt++) {
                puts.add(() -> store.putStepResult(runId, table, Step.DESCRIBE, "{\"table\":\"" + table.key() + "\"}"));
            }
        }

        List<Boolean> firstTimes = runConcurrently(puts);

        assertThat(firstTimes.stream().filter(first -> first).count()).isEqualTo(tables);
        assertThat(store.getRun(runId).orElseThrow().tablesDescribed()).isEqualTo(tables);
        assertThat(store.listStepResults(runId, Step.DESCRIBE).toList()).hasSize(tables);
    }

    protected static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<T> results = new ArrayList<>();
        try {
            for (Future<T> outcome : pool.invokeAll(tasks)) {
                results.add(outcome.get());
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        return results;
    }

    @Test
    void concurrentTokenAddsSumExactlyAndReturnTheNewTotal() throws Exception {
        startRun(3);
        assertThat(store.addTokens(runId, 0)).isZero();
        List<Callable<Long>> adds = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            long tokens = i * 10L;
            adds.add(() -> store.addTokens(runId, tokens));
        }

        List<Long> totals = runConcurrently(adds);

        long expected = 10L * 40 * 41 / 2;
        assertThat(totals).doesNotHaveDuplicates().allSatisfy(total -> assertThat(total).isBetween(10L, expected))
                .contains(expected);
        assertThat(store.addTokens(runId, 0)).isEqualTo(expected);
        assertThat(store.addTokens(runId, 5)).isEqualTo(expected + 5);
        assertThat(store.getRun(runId).orElseThrow().counters()).isEqualTo(StepCounters.ZERO);
    }

    @Test
    void tokensOfUnknownRunOrNegativeTokensAreRejected() {
        assertThatThrownBy(() -> store.addTokens("run-never-created", 10)).isInstanceOf(RunNotFoundException.class);
        startRun(1);
        assertThatThrownBy(() -> store.addTokens(runId, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.addTokens(runId, 0)).isZero();
    }

    @Test
    void largePayloadRoundTrips() {
        startRun(1);
        String large = "{\"blob\":\"" + "x".repeat(400 * 1024) + "\"}";

        store.putStepResult(runId, ORDERS, Step.PROFILE, large);

        assertThat(store.getStepResult(runId, ORDERS, Step.PROFILE)).contains(large);
        assertThat(store.listStepResults(runId, Step.PROFILE).map(StepResult::json).toList()).containsExactly(large);
    }

    @Test
    void largePayloadCanBeReplacedBySmallOneAndBack() {
        startRun(1);
        String large = "{\"blob\":\"" + "y".repeat(400 * 1024) + "\"}";

        store.putStepResult(runId, ORDERS, Step.DESCRIBE, large);
        store.putStepResult(runId, ORDERS, Step.DESCRIBE, "{\"small\":true}");
        assertThat(store.getStepResult(runId, ORDERS, Step.DESCRIBE)).contains("{\"small\":true}");

        store.putStepResult(runId, ORDERS, Step.DESCRIBE, large);
        assertThat(store.getStepResult(runId, ORDERS, Step.DESCRIBE)).contains(large);
        assertThat(store.getRun(runId).orElseThrow().tablesDescribed()).isEqualTo(1);
    }

    @Test
    void finishingSetsFinalStatusAndTimeAndIsRepeatable() {
        startRun(1);
        store.putStepResult(runId, ORDERS, Step.SCAN, "{}");

        RunRecord finished = store.finishRun(runId, RunStatus.PARTIAL);

        assertThat(finished.status()).isEqualTo(RunState.PARTIAL);
        assertThat(finished.finishedAt()).isNotNull();
        assertThat(finished.tablesScanned()).isEqualTo(1);
        assertThat(store.getRun(runId)).contains(finished);
        assertThat(store.finishRun(runId, RunStatus.PARTIAL)).isEqualTo(finished);
        assertThatThrownBy(() -> store.finishRun(runId, RunStatus.SUCCEEDED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PARTIAL");
        assertThatThrownBy(() -> store.finishRun("run-never-created", RunStatus.FAILED))
                .isInstanceOf(RunNotFoundException.class);
    }

    @Test
    void sourceStateRoundTripsAndIsReplaced() {
        String sourceId = "src-" + UUID.randomUUID();
        assertThat(store.getSourceState(sourceId)).isEmpty();

        SourceState first = new SourceState(sourceId, null, Map.of("sales.orders", "sha256:aa", "events", "sha256:bb"));
        store.putSourceState(first);
        assertThat(store.getSourceState(sourceId)).contains(first);

        SourceState second = new SourceState(sourceId, runId, Map.of("sales.orders", "sha256:cc"));
        store.putSourceState(second);
        assertThat(store.getSourceState(sourceId)).contains(second);
    }
}
