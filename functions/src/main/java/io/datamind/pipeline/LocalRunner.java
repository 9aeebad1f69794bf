package io.datamind.pipeline;

import io.datamind.describe.Describer;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.RunInfo;
import io.datamind.docs.RunStatus;
import io.datamind.docs.TableEntry;
import io.datamind.profile.TableProfiler;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipFinder;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole pipeline in one process: plan → per table in parallel (scan → profile → describe) →
 * relate → assemble. The cloud runs the same steps as separate Lambda invocations.
 */
public final class LocalRunner {

    public static final String TOOL = "DataMind " + LocalRunner.class.getPackage().getImplementationVersion();

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
        Instant started = clock.instant();
        SchemaScanner scanner = new SchemaScanner(source);
        Plan plan = new PlanStep(source, scanner).plan(options.sourceName());
        progress.planned(plan.tables().size());

        TableDocumenter documenter = new TableDocumenter(scanner, new TableProfiler(source, options.profile()), describer);
        List<TableEntry> entries = documentAll(plan.tables(), documenter);
        List<TableSchema> schemas = entries.stream().map(TableEntry::schema).filter(Objects::nonNull).toList();
        List<Relationship> relationships = new RelationshipFinder().find(schemas);

        Instant finished = clock.instant();
        int failed = (int) entries.stream().filter(e -> e.failure() != null).count();
        RunInfo run = new RunInfo(runId, started.toString(), finished.toString(),
                Duration.between(started, finished).toMillis(), status(entries.size(), failed),
                options.profile().mode().name().toLowerCase(java.util.Locale.ROOT), describerName,
                entries.size(), failed);
        return new DataDictionary(DataDictionary.FORMAT_VERSION, TOOL, plan.source(), run, entries, relationships);
    }

    static RunStatus status(int total, int failed) {
        if (failed == 0) {
            return RunStatus.SUCCEEDED;
        }
        return failed == total ? RunStatus.FAILED : RunStatus.PARTIAL;
    }

    private List<TableEntry> documentAll(List<TableRef> tables, TableDocumenter documenter) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallelism(), Math.max(1, tables.size())),
                namedThreads());
        try {
            List<Future<TableEntry>> futures = new ArrayList<>();
            for (TableRef table : tables) {
                futures.add(pool.submit(() -> {
                    progress.tableStarted(table);
                    TableEntry entry = documenter.document(table);
                    progress.tableFinished(entry);
                    return entry;
                }));
            }
            List<TableEntry> entries = new ArrayList<>();
            for (Future<TableEntry> future : futures) {
                entries.add(await(future));
            }
            return entries;
        } finally {
            pool.shutdownNow();
        }
    }

    private static TableEntry await(Future<TableEntry> future) {
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
