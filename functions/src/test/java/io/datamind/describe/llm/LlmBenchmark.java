package io.datamind.describe.llm;

import io.datamind.classify.ValueMasker;
import io.datamind.demo.DemoDatabase;
import io.datamind.describe.DescribeRequest;
import io.datamind.describe.heuristic.HeuristicDescriber;
import io.datamind.describe.llm.cache.FolderDescriptionCache;
import io.datamind.describe.llm.openai.OpenAiChatModel;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.TableEntry;
import io.datamind.pipeline.LocalRunner;
import io.datamind.pipeline.ProgressListener;
import io.datamind.pipeline.RunOptions;
import io.datamind.profile.ProfileOptions;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Describe-step benchmark against a stub OpenAI-compatible server that takes 1.5 s per call: the demo database and
 * 200 generated PostgreSQL tables (schema dm_llm_bench, 2–140 columns). Tables are scanned and profiled first (not
 * timed); then every table is described with 16 tables and 16 model calls in flight, cold and again from the cache.
 * Prompt tokens are the stub's estimate (request characters ÷ 4).
 *
 * <pre>mvn -B -q -o test-compile dependency:build-classpath -pl functions -Dmdep.outputFile=/tmp/cp.txt \
 *   && java -cp "functions/target/test-classes:functions/target/classes:$(cat /tmp/cp.txt)" io.datamind.describe.llm.LlmBenchmark</pre>
 * Needs PostgreSQL at DATAMIND_TEST_PG_URL (default jdbc:postgresql://127.0.0.1:5432/test?user=postgres).
 */
public final class LlmBenchmark {

    private static final int PARALLELISM = 16;
    private static final long CALL_MILLIS = 1_500;
    private static final String SCHEMA = "dm_llm_bench";

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("llm-bench");
        try (FakeModelServer server = new FakeModelServer()
                .answering(request -> FakeModelServer.Step.slow(Answers.validFor(request), CALL_MILLIS))) {
            System.out.println("| database | tables | columns | model calls | calls per table | prompt tokens per column | wall time, cold (s) | wall time, cached (s) | calls when cached |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            String demo = new DemoDatabase(20_261_122L).create(work.resolve("demo"));
            bench("demo (H2)", requests(SourceConfig.of(demo)), server, work.resolve("cache-demo"));
            String pg = createBenchSchema();
            bench("generated (PostgreSQL, " + SCHEMA + ")", requests(new SourceConfig(pg, null, null,
                    new TableFilter(List.of(SCHEMA), List.of(), List.of()), Duration.ofMinutes(5))), server, work.resolve("cache-pg"));
        }
    }

    private static void bench(String name, List<DescribeRequest> requests, FakeModelServer server, Path cacheDir) throws Exception {
        long columns = requests.stream().mapToLong(r -> r.schema().columns().size()).sum();
        FolderDescriptionCache cache = new FolderDescriptionCache(cacheDir);
        Run cold = describeAll(requests, server, cache);
        Run cached = describeAll(requests, server, cache);
        GenerationReport report = cold.report();
        if (report.fallbacks() > 0) {
            throw new IllegalStateException("fallbacks in the benchmark: " + report.fallbackTables());
        }
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.1f | %.1f | %.2f | %d |%n", name, requests.size(), columns,
                report.calls(), report.calls() / (double) requests.size(), report.promptTokens() / (double) columns,
                cold.seconds(), cached.seconds(), cached.report().calls());
    }

    private record Run(GenerationReport report, double seconds) {
    }

    private static Run describeAll(List<DescribeRequest> requests, FakeModelServer server, FolderDescriptionCache cache) throws Exception {
        OpenAiChatModel model = new OpenAiChatModel(new OpenAiChatModel.Endpoint(server.openAiBase(), "bench-model", null, true,
                Duration.ofSeconds(30)));
        GenerationStats stats = new GenerationStats(model.provider(), model.model(), null);
        LlmDescriber describer = new LlmDescriber(new RetryingChatModel(model, RetryPolicy.DEFAULT, stats),
                new PromptBuilder(new SampleFilter(SamplePolicy.MASKED, new ValueMasker()), null, null), cache,
                new HeuristicDescriber(), stats, LlmSettings.DEFAULTS.withConcurrency(PARALLELISM));
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            requests.forEach(request -> futures.add(pool.submit(() -> describer.describe(request))));
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Run(stats.report(), (System.nanoTime() - start) / 1e9);
    }

    private static List<DescribeRequest> requests(SourceConfig config) {
        DataDictionary dictionary = new LocalRunner(new JdbcSource(config), new RunOptions("bench", ProfileOptions.DEFAULTS, 8),
                new HeuristicDescriber(), "heuristic", ProgressListener.NONE, Clock.systemUTC()).run("bench");
        return dictionary.tables().stream().filter(e -> e.schema() != null).map(LlmBenchmark::request).filter(Objects::nonNull).toList();
    }

    private static DescribeRequest request(TableEntry entry) {
        return new DescribeRequest(entry.schema(), entry.profile(),
                entry.schema().foreignKeys().stream().map(ForeignKey::target).distinct().toList());
    }

    /** 200 tables whose widths cycle through 2–140 columns (a few wider than one call), 50 rows each. */
    private static String createBenchSchema() throws Exception {
        try (Connection connection = TestDatabases.postgres(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            int[] widths = {2, 4, 6, 8, 10, 12, 15, 20, 25, 30, 40, 60, 90, 140};
            for (int t = 0; t < 200; t++) {
                int width = widths[t % widths.length];
                StringBuilder ddl = new StringBuilder("CREATE TABLE " + SCHEMA + ".t" + t + " (id integer PRIMARY KEY");
                for (int c = 1; c < width; c++) {
                    ddl.append(c % 3 == 0 ? ", label_" + c + " text" : c % 3 == 1 ? ", amount_" + c + " numeric(10,2)" : ", created_" + c + " date");
                }
                statement.execute(ddl.append(")").toString());
                StringBuilder insert = new StringBuilder("INSERT INTO " + SCHEMA + ".t" + t + " SELECT g");
                for (int c = 1; c < width; c++) {
                    insert.append(c % 3 == 0 ? ", 'v' || (g % 7)" : c % 3 == 1 ? ", g * 1.5" : ", DATE '2026-01-01' + g");
                }
                statement.execute(insert.append(" FROM generate_series(1, 50) g").toString());
            }
        }
        return TestDatabases.postgresUrl();
    }
}
