package io.datamind.quality;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.Json;
import io.datamind.pipeline.QualityStep;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Replays the quality phase of a finished run: reads its dictionary.json (schemas, profiles, relationships) and
 * assesses every table again, in parallel, as {@code LocalRunner} does, at the run's own clock so that date rules
 * decide the same way. Prints the phase's wall time and writes every table's quality to a JSON file, so two builds
 * can be compared finding by finding. With {@code --log-statements true} each connection asks PostgreSQL to log
 * every statement with its duration and its backend's CPU time ({@code log_min_duration_statement = 0},
 * {@code log_statement_stats = on}: session settings, other sessions are not affected), for counting statements
 * and their server cost in the server log.
 *
 * <pre>
 * java -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *   io.datamind.quality.QualityReplayBenchmark --dictionary DIR/dictionary.json --out quality.json \
 *   [--parallelism 32] [--log-statements true]
 * </pre>
 */
public final class QualityReplayBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        DataDictionary dictionary = Json.mapper().readValue(Path.of(options.get("--dictionary")).toFile(), DataDictionary.class);
        int parallelism = Integer.parseInt(options.getOrDefault("--parallelism", "32"));
        String url = TestDatabases.postgresUrl();
        if (Boolean.parseBoolean(options.getOrDefault("--log-statements", "false"))) {
            url += (url.contains("?") ? "&" : "?") + "options=-c%20log_min_duration_statement%3D0%20-c%20log_statement_stats%3Don";
        }
        JdbcSource source = new JdbcSource(new SourceConfig(url, null, null, null, Duration.ofMinutes(10)));
        QualityStep step = QualityStep.withDefaults(source, Clock.fixed(java.time.Instant.parse(dictionary.run().startedAt()), ZoneOffset.UTC));

        ExecutorService pool = Executors.newFixedThreadPool(parallelism);
        long started = System.nanoTime();
        List<Future<TableQuality>> futures = dictionary.tables().stream()
                .map(entry -> pool.submit((Callable<TableQuality>) () -> step.assess(entry, dictionary.relationships()).quality()))
                .toList();
        Map<String, TableQuality> assessed = new java.util.TreeMap<>();
        for (Future<TableQuality> future : futures) {
            TableQuality quality = future.get();
            if (quality != null) {
                assessed.put(quality.table().key(), quality);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long findings = assessed.values().stream().mapToLong(q -> q.findings().size()).sum();
        long skipped = assessed.values().stream().mapToLong(q -> q.skippedRules().size()).sum();
        System.out.printf(Locale.ROOT, "tables %d, findings %d, skipped rules %d, quality phase %.1f s (parallelism %d)%n",
                assessed.size(), findings, skipped, seconds, parallelism);
        assessed.values().stream().flatMap(q -> q.findings().stream())
                .collect(java.util.stream.Collectors.groupingBy(Finding::ruleId, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .forEach((rule, n) -> System.out.printf(Locale.ROOT, "  %s %d%n", rule, n));
        if (options.containsKey("--out")) {
            Files.writeString(Path.of(options.get("--out")),
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(assessed));
        }
    }

    private QualityReplayBenchmark() {
    }
}
