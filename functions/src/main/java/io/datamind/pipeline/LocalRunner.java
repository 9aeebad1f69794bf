package io.datamind.pipeline;

import io.datamind.describe.Describer;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.TableEntry;
import io.datamind.profile.TableProfiler;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipFinder;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.TableSchema;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The whole pipeline in one process: plan → per table in parallel (scan → profile → describe) →
 * relate → per table in parallel (quality) → assemble. The cloud runs the same steps as Lambda invocations.
 */
public final class LocalRunner {

    private final JdbcSource source;
    private final RunOptions options;
    private final Describer describer;
    private final String describerName;
    private final ProgressListener progress;
    private final Clock clock;

    public LocalRunner(JdbcSource source, RunOptions options, Describer describer, String describerName,
                       ProgressListener progress, Clock clock) {
        this.source = source;
        this.options = options;
        this.describer = describer;
        this.describerName = describerName;
        this.progress = progress;
        this.clock = clock;
    }

    public DataDictionary run(String runId) {
        var header = new DictionaryAssembler.RunHeader(runId, clock.instant(), options.profile().mode().name(), describerName);
        SchemaScanner scanner = new SchemaScanner(source);
        long started = System.nanoTime();
        Plan plan = new PlanStep(source, scanner).plan(options.sourceName());
        started = phase("plan", started);
        progress.planned(plan.tables().size());

        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), namedThreads());
        try {
            TableDocumenter documenter = new TableDocumenter(scanner, new TableProfiler(source, options.profile()),
                    describer, progress);
            List<TableEntry> documented = inParallel(pool, plan.tables(), table -> {
                progress.tableStarted(table);
                TableEntry entry = documenter.document(table);
                progress.tableFinished(entry);
                return entry;
            });
            started = phase("tables", started);
            List<TableSchema> schemas = documented.stream().map(TableEntry::schema).filter(Objects::nonNull).toList();
            List<Relationship> relationships = new RelationshipFinder().find(schemas);
            started = phase("relate", started);
            QualityStep quality = QualityStep.withDefaults(source, clock);
            List<TableEntry> assessed = inParallel(pool, documented, entry -> {
                long assessing = System.nanoTime();
                TableEntry result = quality.assess(entry, relationships);
                progress.tableStepFinished(entry.table(), "quality", Duration.ofNanos(System.nanoTime() - assessing));
                return result;
            });
            started = phase("quality", started);
            DataDictionary dictionary = new DictionaryAssembler().assemble(plan.source(), header, clock.instant(), assessed, relationships);
            phase("assemble", started);
            return dictionary;
        } finally {
            pool.shutdownNow();
        }
    }

    private long phase(String name, long started) {
        long now = System.nanoTime();
        progress.phaseFinished(name, Duration.ofNanos(now - started));
        return now;
    }

    private static <T, R> List<R> inParallel(ExecutorService pool, List<T> items, Function<T, R> work) {
        List<Future<R>> futures = items.stream().map(item -> pool.submit((Callable<R>) () -> work.apply(item))).toList();
        return futures.stream().map(LocalRunner::await).toList();
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while documenting tables", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a table worker crashed: " + e.getCause(), e.getCause());
        }
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "datamind-table-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
