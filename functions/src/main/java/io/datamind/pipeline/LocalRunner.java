package io.datamind.pipeline;

import io.datamind.describe.Describer;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.TableEntry;
import io.datamind.incremental.KeptQuality;
import io.datamind.incremental.PreviousRun;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipFinder;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole pipeline in one process: plan → per table in parallel (scan → profile → describe) →
 * relate → per table in parallel (quality) → assemble. The cloud runs the same steps as Lambda invocations.
 */
public final class LocalRunner {

    private final DocumentedSource source;
    private final RunOptions options;
    private final Describer describer;
    private final String describerName;
    private final ProgressListener progress;
    private final Clock clock;
    private final PreviousRun previous;

    public LocalRunner(JdbcSource source, RunOptions options, Describer describer, String describerName,
                       ProgressListener progress, Clock clock) {
        this(new JdbcDocumentedSource(source), options, describer, describerName, progress, clock);
    }

    public LocalRunner(DocumentedSource source, RunOptions options, Describer describer, String describerName,
                       ProgressListener progress, Clock clock) {
        this(source, options, describer, describerName, progress, clock, PreviousRun.none());
    }

    private LocalRunner(DocumentedSource source, RunOptions options, Describer describer, String describerName,
                        ProgressListener progress, Clock clock, PreviousRun previous) {
        this.previous = previous;
        this.source = source;
        this.options = options;
        this.describer = describer;
        this.describerName = describerName;
        this.progress = progress;
        this.clock = clock;
    }

    /** This runner, keeping the profile and description of every table unchanged since {@code previousRun}. */
    public LocalRunner reusing(PreviousRun previousRun) {
        return new LocalRunner(source, options, describer, describerName, progress, clock, previousRun);
    }

    public DataDictionary run(String runId) {
        var header = new DictionaryAssembler.RunHeader(runId, clock.instant(), options.profile().mode().name(), describerName);
        long started = System.nanoTime();
        Plan plan = source.plan(options.sourceName());
        started = phase("plan", started);
        progress.planned(plan.tables().size());

        ExecutorService pool = Executors.newFixedThreadPool(options.parallelism(), namedThreads());
        try {
            DocumentedSource.TableProfiling profiling = new BoundedProfiling(source.profiling(options.profile()),
                    options.profileConcurrency());
            TableDocumenter documenter = new TableDocumenter(source, profiling, describer,
                    previous, header.profileMode(), describerName, progress);
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
            Set<TableRef> reused = documented.stream().filter(e -> e.reusedFrom() != null).map(TableEntry::table)
                    .collect(Collectors.toSet());
            List<TableEntry> assessed = inParallel(pool, documented, entry -> {
                if (KeptQuality.applies(entry, previous.table(entry.table()).orElse(null), relationships, reused)) {
                    return entry;
                }
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
