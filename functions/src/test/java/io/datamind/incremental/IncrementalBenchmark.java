package io.datamind.incremental;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.bench.WorkloadGenerator;
import io.datamind.cli.DataMindCli;
import io.datamind.describe.llm.Answers;
import io.datamind.describe.llm.FakeModelServer;
import io.datamind.docs.Json;
import io.datamind.testing.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue #8, benchmark 3: document a generated PostgreSQL schema with a model, then again with nothing changed. The
 * model is a stub OpenAI-compatible server taking 1.5 s per call; each run gets its own empty description cache, so
 * the second run's savings come from reuse alone. Prints first and second wall time, their ratio (target ≤ 0.1) and
 * the model calls of each run (target: none in the second).
 *
 * <pre>mvn -B -q -o test-compile dependency:build-classpath -pl functions -Dmdep.outputFile=/tmp/cp.txt \
 *   && java -cp "functions/target/test-classes:functions/target/classes:$(cat /tmp/cp.txt)" \
 *      io.datamind.incremental.IncrementalBenchmark [--schema dm_incr_bench] [--tables 100] [--max-rows 20000]</pre>
 * Builds the schema with {@link WorkloadGenerator} (without the 10M-row table) unless it is already built.
 */
public final class IncrementalBenchmark {

    private static final long CALL_MILLIS = 1_500;

    public static void main(String[] args) throws Exception {
        String schema = option(args, "--schema", "dm_incr_bench");
        String tables = option(args, "--tables", "100");
        String maxRows = option(args, "--max-rows", "20000");
        String parallelism = option(args, "--parallelism", "8");
        WorkloadGenerator.main(new String[] {"--schema", schema, "--tables", tables, "--max-rows", maxRows, "--skip-big"});
        Path work = Files.createTempDirectory("incr-bench");
        try (FakeModelServer model = new FakeModelServer()
                .answering(request -> FakeModelServer.Step.slow(Answers.validFor(request), CALL_MILLIS))) {
            Path out = work.resolve("out");
            Run first = document(model, schema, parallelism, out, work.resolve("cache-1"));
            Run second = document(model, schema, parallelism, out, work.resolve("cache-2"));
            JsonNode dictionary = Json.mapper().readTree(out.resolve("dictionary.json").toFile());
            long reused = 0;
            for (JsonNode table : dictionary.get("tables")) {
                reused += table.has("reusedFrom") ? 1 : 0;
            }
            System.out.printf(Locale.ROOT, "%d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("| schema | tables | first run (s) | model calls | second run, nothing changed (s) | model calls | tables reused | ratio |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %d | %.1f | %d | %d | %.3f |%n", schema,
                    dictionary.get("tables").size(), first.seconds(), first.calls(), second.seconds(), second.calls(), reused,
                    second.seconds() / first.seconds());
        }
    }

    private record Run(double seconds, int calls) {
    }

    private static Run document(FakeModelServer model, String schema, String parallelism, Path out, Path cache) {
        int callsBefore = model.requests();
        List<String> args = new ArrayList<>(List.of("document", "--url", TestDatabases.postgresUrl(), "--schema", schema,
                "--parallelism", parallelism, "--describer", "openai", "--base-url", model.openAiBase().toString(),
                "--model", "bench-model", "--llm-concurrency", parallelism, "--cache-dir", cache.toString(),
                "--out", out.toString()));
        StringWriter text = new StringWriter();
        long start = System.nanoTime();
        int code = DataMindCli.run(new PrintWriter(text, true), new PrintWriter(new StringWriter(), true), args.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(text);
        if (code != 0) {
            throw new IllegalStateException("document exited with " + code);
        }
        return new Run(seconds, model.requests() - callsBefore);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
