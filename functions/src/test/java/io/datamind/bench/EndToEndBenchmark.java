package io.datamind.bench;

import io.datamind.describe.llm.Answers;
import io.datamind.describe.llm.DescriberSetup;
import io.datamind.describe.llm.FakeModelServer;
import io.datamind.describe.llm.GenerationReport;
import io.datamind.describe.llm.LlmSettings;
import io.datamind.describe.llm.RetryPolicy;
import io.datamind.describe.llm.SamplePolicy;
import io.datamind.describe.llm.cache.DescriptionCache;
import io.datamind.describe.llm.cache.FolderDescriptionCache;
import io.datamind.describe.llm.review.DescriptionOverrides;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryWriter;
import io.datamind.docs.LocalDirectorySink;
import io.datamind.docs.OutputFormat;
import io.datamind.docs.TableEntry;
import io.datamind.pipeline.LocalRunner;
import io.datamind.pipeline.ProgressListener;
import io.datamind.pipeline.RunOptions;
import io.datamind.profile.ProfileOptions;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableRef;
import io.datamind.testing.TestDatabases;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Benchmark 1 of the scale issue: the whole local pipeline (plan, scan, profile, describe, relate, quality,
 * assemble, render) on the generated 500-table schema, with an OpenAI-compatible stub model answering every call
 * after 1.5 s. It composes the same pieces as the CLI's {@code document} command (DescriberSetup, LocalRunner,
 * DictionaryWriter) with a cold description cache, and reports wall time per phase, summed per-table step times,
 * model calls and tokens (benchmark 5), peak heap and resident memory, and the size of each output file.
 *
 * <pre>
 * mvn -q -B -o test-compile && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl functions
 * java -Xmx2g -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *   io.datamind.bench.EndToEndBenchmark [--schema dm_scale] [--parallelism 32] [--llm-concurrency N] [--profile-concurrency N]
 *   [--call-millis 1500] [--formats html,md,json,dqdl,dbt] [--describer openai|heuristic] [--out DIR] [--include GLOB] [--exclude GLOB]
 *   [--connections reused|per-step]
 * </pre>
 * {@code --connections per-step} opens a new connection for every step, as runs did before they reused them (A/B).
 * Build the schema first with {@code io.datamind.bench.WorkloadGenerator --skip-big}.
 */
public final class EndToEndBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String schema = options.getOrDefault("--schema", "dm_scale");
        int parallelism = Integer.parseInt(options.getOrDefault("--parallelism", "32"));
        int llmConcurrency = Integer.parseInt(options.getOrDefault("--llm-concurrency", String.valueOf(parallelism)));
        int profileConcurrency = Integer.parseInt(options.getOrDefault("--profile-concurrency", "0"));
        long callMillis = Long.parseLong(options.getOrDefault("--call-millis", "1500"));
        String formats = options.getOrDefault("--formats", "html,md,json,dqdl,dbt");
        boolean heuristic = options.getOrDefault("--describer", "openai").equals("heuristic");
        Path out = Path.of(options.getOrDefault("--out", Files.createTempDirectory("datamind-e2e").toString()));
        List<String> include = options.containsKey("--include") ? List.of(options.get("--include").split(",")) : List.of();
        List<String> exclude = options.containsKey("--exclude") ? List.of(options.get("--exclude").split(",")) : List.of();
        boolean connectionPerStep = options.getOrDefault("--connections", "reused").equals("per-step");
        Files.createDirectories(out);

        MemorySampler memory = MemorySampler.start();
        try (FakeModelServer server = new FakeModelServer()
                .answering(request -> FakeModelServer.Step.slow(Answers.validFor(request), callMillis))) {
            SourceConfig config = new SourceConfig(TestDatabases.postgresUrl(), null, null,
                    new TableFilter(List.of(schema), include, exclude), Duration.ofMinutes(10));
            DescriberSetup.Built describer = describer(heuristic, server, llmConcurrency, Files.createTempDirectory("datamind-e2e-cache"));
            Timings timings = new Timings();
            long started = System.nanoTime();
            RunOptions runOptions = new RunOptions(schema, ProfileOptions.DEFAULTS, parallelism, profileConcurrency);
            DataDictionary dictionary;
            try (JdbcSource source = connectionPerStep ? new JdbcSource(config)
                    : JdbcSource.reusingConnections(config, runOptions.connectionsAtOnce())) {
                dictionary = new LocalRunner(source, runOptions, describer.describer(), describer.name(), timings,
                        Clock.systemUTC()).run("e2e-bench").withGeneration(describer.report());
            }
            long rendering = System.nanoTime();
            DictionaryWriter.standard().write(dictionary, OutputFormat.parseList(formats), new LocalDirectorySink(out));
            timings.phaseFinished("render", Duration.ofNanos(System.nanoTime() - rendering));
            double total = (System.nanoTime() - started) / 1e9;
            memory.stop();
            report(dictionary, timings, memory, out, total, runOptions, llmConcurrency, callMillis);
        }
    }

    private static DescriberSetup.Built describer(boolean heuristic, FakeModelServer server, int concurrency, Path cacheDir) {
        DescriberSetup.Kind kind = heuristic ? DescriberSetup.Kind.HEURISTIC : DescriberSetup.Kind.OPENAI;
        DescriptionCache cache = heuristic ? DescriptionCache.NONE : new FolderDescriptionCache(cacheDir);
        return new DescriberSetup().build(new DescriberSetup.Config(kind, "bench-model", null, server.openAiBase(), null,
                SamplePolicy.MASKED, null, null, DescriptionOverrides.NONE, LlmSettings.DEFAULTS.withConcurrency(concurrency),
                cache, null, RetryPolicy.DEFAULT));
    }

    private static void report(DataDictionary dictionary, Timings timings, MemorySampler memory, Path out, double total,
                               RunOptions runOptions, int llmConcurrency, long callMillis) throws IOException {
        List<TableEntry> tables = dictionary.tables();
        long columns = tables.stream().filter(t -> t.schema() != null).mapToLong(t -> t.schema().columns().size()).sum();
        long failed = tables.stream().filter(t -> t.failure() != null).count();
        System.out.printf(Locale.ROOT, "tables %d (%d failed), columns %d, relationships %d, parallelism %d, profiled at once %d, "
                        + "model calls in flight %d, stub latency %d ms, cores %d, max heap %d MiB%n", tables.size(), failed, columns,
                dictionary.relationships().size(), runOptions.parallelism(), runOptions.profileConcurrency(), llmConcurrency, callMillis,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| phase | wall time (s) |");
        System.out.println("| --- | ---: |");
        timings.phases.forEach((phase, nanos) -> System.out.printf(Locale.ROOT, "| %s | %.1f |%n", phase, nanos / 1e9));
        System.out.printf(Locale.ROOT, "| **total** | **%.1f** |%n", total);
        System.out.println("| per-table step | summed over tables (s) | slowest table (s) |");
        System.out.println("| --- | ---: | ---: |");
        timings.steps.forEach((step, nanos) -> System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", step,
                nanos.get() / 1e9, timings.slowest.get(step).get() / 1e9));
        GenerationReport generation = dictionary.generation();
        if (generation != null) {
            System.out.printf(Locale.ROOT, "model calls %d (%.2f per table), prompt tokens %d (%.1f per column), completion tokens %d, "
                            + "cache hits %d, retries %d, fallbacks %d%n", generation.calls(), generation.calls() / (double) tables.size(),
                    generation.promptTokens(), generation.promptTokens() / (double) columns, generation.completionTokens(),
                    generation.cacheHits(), generation.retries(), generation.fallbacks());
        }
        System.out.printf(Locale.ROOT, "peak heap used %d MiB (sampled every 100 ms), peak resident memory (VmHWM) %d MiB%n",
                memory.peakHeap.get() >> 20, MemorySampler.residentPeakKb() >> 10);
        try (Stream<Path> files = Files.list(out)) {
            files.sorted().forEach(file -> System.out.printf(Locale.ROOT, "  %s %.1f MB%n", file.getFileName(), size(file) / 1e6));
        }
    }

    private static long size(Path file) {
        try (Stream<Path> all = Files.walk(file)) {
            return all.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    /** Phase wall times in run order; per-table step times summed and their maximum. */
    private static final class Timings implements ProgressListener {
        final Map<String, Long> phases = new LinkedHashMap<>();
        final Map<String, AtomicLong> steps = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> slowest = new ConcurrentHashMap<>();
        final AtomicInteger finished = new AtomicInteger();

        @Override
        public synchronized void phaseFinished(String phase, Duration took) {
            phases.put(phase, took.toNanos());
            System.err.printf(Locale.ROOT, "%s done in %.1f s%n", phase, took.toNanos() / 1e9);
        }

        @Override
        public void tableStepFinished(TableRef table, String step, Duration took) {
            steps.computeIfAbsent(step, s -> new AtomicLong()).addAndGet(took.toNanos());
            slowest.computeIfAbsent(step, s -> new AtomicLong()).accumulateAndGet(took.toNanos(), Math::max);
        }

        @Override
        public void tableFinished(TableEntry entry) {
            int done = finished.incrementAndGet();
            if (done % 50 == 0) {
                System.err.println(done + " tables documented");
            }
        }
    }

    /** Heap in use, sampled; the true peak between samples may be a little higher. */
    private static final class MemorySampler {
        final AtomicLong peakHeap = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private MemorySampler() {
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            thread = new Thread(() -> {
                while (running) {
                    peakHeap.accumulateAndGet(heapPools.stream().mapToLong(p -> p.getUsage().getUsed()).sum(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            thread.setDaemon(true);
        }

        static MemorySampler start() {
            MemorySampler sampler = new MemorySampler();
            sampler.thread.start();
            return sampler;
        }

        void stop() {
            running = false;
            thread.interrupt();
        }

        static long residentPeakKb() {
            try {
                return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                        .map(l -> l.replaceAll("[^0-9]", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
            } catch (IOException e) {
                return -1;
            }
        }
    }
}
