package io.datamind.profile.bench;

import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableProfiler;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark 2 of the "Scale and speed" issue: profiles the 10,000,000-row × 20-column table that
 * {@code WorkloadGenerator --only-big} builds, next to {@code SELECT count(*)} on it, and prints a Markdown
 * table: wall time, ratio to the median count(*), the median (and range) of each run's ratio to a count(*) timed just
 * before it (this VM's speed drifts by 20–35% over minutes, which pairing cancels), rows/s, process CPU of the profile
 * runs, peak heap per mode; --sample-runs times SAMPLE and HYBRID alike. The wall time is the whole
 * {@code TableProfiler.profile} call: connection, query, every value, classification and masking. A main class,
 * not a test:
 *
 * <pre>
 * java -Xmx512m -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *     io.datamind.profile.bench.BigTableBenchmark --schema dm_sp_big --table big_10m --full-runs 1 --sample-runs 5 --slices 2
 *     [--sample-warmup-runs N] [--modes full,sample,hybrid]
 * </pre>
 *
 * Peak heap is the most heap in use (garbage included) seen by a 20 ms poller during a mode; in brackets the
 * sum of every heap pool's own peak (after a GC and a reset), a looser upper bound that can exceed -Xmx
 * because the pools peak at different moments.
 */
public final class BigTableBenchmark {

    private final JdbcSource source;
    private final TableRef table;

    /** Profiles and counts borrow reused connections, as a run's steps do: no connection start-up is timed. */
    private BigTableBenchmark(String url, TableRef table, int slices) {
        this.table = table;
        this.source = JdbcSource.reusingConnections(new SourceConfig(url, "postgres", null, TableFilter.ALL, null), slices);
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("DATAMIND_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "dm_sp_big";
        String tableName = "big_10m";
        int fullRuns = 1;
        int sampleRuns = 5;
        int sampleWarmups = 0;
        int countRuns = 5;
        int slices = 1;
        List<String> modes = List.of("full", "sample");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--schema" -> schema = args[++i];
                case "--table" -> tableName = args[++i];
                case "--full-runs" -> fullRuns = Integer.parseInt(args[++i]);
                case "--sample-runs" -> sampleRuns = Integer.parseInt(args[++i]);
                case "--sample-warmup-runs" -> sampleWarmups = Integer.parseInt(args[++i]);
                case "--count-runs" -> countRuns = Integer.parseInt(args[++i]);
                case "--modes" -> modes = List.of(args[++i].split(","));
                case "--slices" -> slices = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --url --schema"
                        + " --table --full-runs --sample-runs --sample-warmup-runs --count-runs --modes full,sample,hybrid --slices N");
            }
        }
        BigTableBenchmark benchmark = new BigTableBenchmark(url, new TableRef(schema, tableName), slices);
        try (JdbcSource ignored = benchmark.source) {
            benchmark.run(modes, countRuns, fullRuns, new SampleRuns(sampleRuns, sampleWarmups), slices);
        }
    }

    /** Timed sample profiles, after {@code warmups} untimed ones (the JIT compiles the hot paths meanwhile). */
    private record SampleRuns(int timed, int warmups) {
    }

    private void run(List<String> modes, int countRuns, int fullRuns, SampleRuns sampleRuns, int slices) throws Exception {
        double loadBefore = loadAverage();
        TableSchema schema = new SchemaScanner(source).scan(table);
        long[] count = new long[1];
        countStar(count);
        double countMs = median(countRuns, () -> countStar(count));
        System.out.printf(Locale.ROOT, "%n### %s: %,d rows × %d columns, Java %s, -Xmx %d MiB, %d CPUs, load average %.1f at start%n%n",
                table, count[0], schema.columns().size(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), loadBefore);
        System.out.println("| measure | rows read | wall time (median) | ratio to count(*) | paired ratio (median, range) | rows/s"
                + " | process CPU | peak heap (pools) | method |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        System.out.printf(Locale.ROOT, "| `SELECT count(*)` (median of %d) | %,d | %,.0f ms | 1 | – | – | – | – | server only |%n",
                countRuns, count[0], countMs);
        for (String mode : modes) {
            ProfileMode profileMode = ProfileMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
            boolean full = profileMode == ProfileMode.FULL;
            ProfileOptions options = ProfileOptions.DEFAULTS.withMode(profileMode).withParallelSlices(slices);
            if (!full) {
                for (int i = 0; i < sampleRuns.warmups(); i++) {
                    new TableProfiler(source, options).profile(schema);
                }
            }
            String label = profileMode + " profile" + (full || sampleRuns.warmups() == 0 ? ""
                    : " (after " + sampleRuns.warmups() + " untimed)");
            measure(label, schema, options, full ? fullRuns : sampleRuns.timed(), countMs);
        }
        System.out.printf(Locale.ROOT, "%nLoad average: %.1f at start, %.1f at the end%n", loadBefore, loadAverage());
    }

    private void measure(String label, TableSchema schema, ProfileOptions options, int runs, double countMs) throws Exception {
        HeapPeaks.reset();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long cpuNanos = 0;
        TableProfile last = null;
        long[] profileMs = new long[runs];
        double[] paired = new double[runs];
        long[] count = new long[1];
        for (int i = 0; i < runs; i++) {
            long countedMs = countStar(count);
            long cpuStart = processCpuNanos();
            long started = System.nanoTime();
            last = new TableProfiler(source, options).profile(schema);
            profileMs[i] = (System.nanoTime() - started) / 1_000_000;
            cpuNanos += processCpuNanos() - cpuStart;
            paired[i] = (double) profileMs[i] / countedMs;
        }
        sampler.interrupt();
        sampler.join();
        double ms = median(profileMs);
        double cpuMs = cpuNanos / 1e6 / runs;
        long rows = last.rowsProfiled();
        Arrays.sort(paired);
        System.out.printf(Locale.ROOT, "| %s (median of %d) | %,d | %,.0f ms | %.2f | **%.2f** (%.2f–%.2f) | %,.0f | %,.0f ms"
                        + " | %.0f MiB (pools: %.0f MiB) | %s |%n",
                label, runs, rows, ms, ms / countMs, median(paired), paired[0], paired[runs - 1], rows / (ms / 1000.0),
                cpuMs, sampler.peak / 1048576.0, HeapPeaks.bytes() / 1048576.0, method(last));
    }

    private static String method(TableProfile profile) {
        return profile.totals() == null ? profile.method() : String.format(Locale.ROOT,
                "%s, then totals over %,d rows in %,d ms", profile.method(), profile.totals().rows(),
                profile.totals().durationMs());
    }

    /** Heap in use (garbage included), polled every 20 ms: never above -Xmx, unlike the sum of per-pool peaks. */
    private static final class HeapSampler extends Thread {
        volatile long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (!isInterrupted()) {
                peak = Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private long countStar(long[] count) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = source.connect();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + source.dialect().qualifiedName(table))) {
            rs.next();
            count[0] = rs.getLong(1);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private interface Timed {
        long millis() throws Exception;
    }

    private static double median(int runs, Timed timed) throws Exception {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = timed.millis();
        }
        return median(times);
    }

    private static double median(long[] values) {
        double[] asDoubles = Arrays.stream(values).asDoubleStream().toArray();
        return median(asDoubles);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
