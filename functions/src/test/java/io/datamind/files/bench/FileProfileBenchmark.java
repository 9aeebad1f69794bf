package io.datamind.files.bench;

import io.datamind.files.FileDataset;
import io.datamind.files.FileLimits;
import io.datamind.files.FileOpener;
import io.datamind.files.FileSource;
import io.datamind.files.LocalFileStorage;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a CSV of about {@code GB} gigabytes (default 1) in /tmp, documents it as a data file (inference pass,
 * then a full streaming profile of every row) within whatever heap the JVM was given, prints wall time, rows/s and
 * the peak heap, and deletes the file. A main class, not a unit test:
 *
 * <pre>
 * mvn -q -B -o -pl functions test-compile
 * mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl functions
 * java -Xmx256m -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *     io.datamind.files.bench.FileProfileBenchmark 1
 * </pre>
 */
public final class FileProfileBenchmark {

    private static final String HEADER = "order_id,customer_email,status,amount,quantity,ordered_on,shipped_at,express,note\n";
    private static final String[] STATUSES = {"new", "paid", "shipped", "returned", "cancelled"};

    private FileProfileBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        double gigabytes = args.length > 0 ? Double.parseDouble(args[0]) : 1.0;
        Path folder = Files.createTempDirectory("datamind-bench-");
        Path file = folder.resolve("orders.csv");
        try {
            long started = System.nanoTime();
            long rows = generate(file, (long) (gigabytes * (1L << 30)));
            double generateSeconds = (System.nanoTime() - started) / 1e9;
            long bytes = Files.size(file);

            LocalFileStorage storage = new LocalFileStorage();
            FileSource source = new FileSource(FileDataset.list(storage, folder.toString(), "bench"),
                    new FileOpener(storage, FileLimits.DEFAULTS.withMaxRows(Long.MAX_VALUE).withMaxBytes(Long.MAX_VALUE)));
            long documenting = System.nanoTime();
            TableRef table = source.plan(null).tables().get(0);
            TableSchema schema = source.scan(table);
            TableProfile profile = source.profiling(ProfileOptions.DEFAULTS).profile(schema);
            double seconds = (System.nanoTime() - documenting) / 1e9;

            System.out.printf(Locale.ROOT, "%n### File profile benchmark: %s CSV, %,d rows x %d columns%n%n",
                    mib(bytes), rows, schema.columns().size());
            System.out.printf(Locale.ROOT, "Java %s, -Xmx %d MiB, %d CPUs, load average at the end %.1f%n%n",
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.println("| step | wall time | rows/s | MB/s |");
            System.out.println("|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| generate the file | %.1f s | | |%n", generateSeconds);
            System.out.printf(Locale.ROOT, "| scan (inference) + full profile | %.1f s | %,.0f | %.1f |%n", seconds,
                    profile.rowsProfiled() / seconds, bytes / 1e6 / seconds);
            System.out.printf(Locale.ROOT, "%nRows profiled: %,d (%s); peak heap %s%n", profile.rowsProfiled(),
                    profile.method(), mib(peakHeapBytes()));
            schema.columns().forEach(c -> System.out.printf(Locale.ROOT, "- %s: %s%n", c.name(), c.declaredType()));
            if (profile.rowsProfiled() != rows) {
                throw new IllegalStateException("profiled " + profile.rowsProfiled() + " rows of " + rows);
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    /** Rows of mixed types with quoted notes (some with commas and line breaks) until the file reaches {@code target} bytes. */
    private static long generate(Path file, long target) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        LocalDate start = LocalDate.of(2020, 1, 1);
        long rows = 0;
        long written = HEADER.length();
        StringBuilder line = new StringBuilder(256);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            while (written < target) {
                rows++;
                line.setLength(0);
                LocalDate day = start.plusDays(random.nextInt(2000));
                line.append(rows).append(",customer").append(random.nextInt(500_000)).append("@example.com,")
                        .append(STATUSES[random.nextInt(STATUSES.length)]).append(',')
                        .append(random.nextInt(100_000) / 100.0).append(',')
                        .append(random.nextInt(10) == 0 ? "" : String.valueOf(1 + random.nextInt(20))).append(',')
                        .append(day).append(',')
                        .append(day.plusDays(1 + random.nextInt(9))).append('T')
                        .append(two(random.nextInt(24))).append(':').append(two(random.nextInt(60))).append(":00,")
                        .append(random.nextBoolean()).append(',');
                int kind = random.nextInt(10);
                if (kind == 0) {
                    line.append("\"fragile, handle with care\nleave at the door\"");
                } else if (kind < 4) {
                    line.append("gift wrap ").append(random.nextInt(1000));
                }
                line.append('\n');
                out.write(line.toString());
                written += line.length();
            }
        }
        return rows;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / 1024.0 / 1024.0);
    }

    private static long peakHeapBytes() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }
}
