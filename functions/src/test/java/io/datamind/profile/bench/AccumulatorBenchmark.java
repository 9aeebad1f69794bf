package io.datamind.profile.bench;

import io.datamind.profile.ProfileOptions;
import io.datamind.profile.RowStreamProfiler;
import io.datamind.profile.ValueRows;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The profile's own CPU cost per value, without a database: each column kind of the 10M-row benchmark table is
 * generated in memory (seeded) and streamed through {@link RowStreamProfiler} alone, so the figure is the
 * accumulators' work (distinct count, top values, examples, sketches, shapes, classification) and nothing else.
 * Reports the median thread CPU time over the runs, in nanoseconds per value. A main class, not a unit test:
 *
 * <pre>
 * java -cp functions/target/test-classes:functions/target/classes:$(cat functions/target/cp.txt) \
 *     io.datamind.profile.bench.AccumulatorBenchmark [--rows 1000000] [--runs 5]
 * </pre>
 */
public final class AccumulatorBenchmark {

    private static final String[] STATUSES = {"new", "paid", "shipped", "delivered", "cancelled"};
    private static final String[] FIRST_NAMES = {"Anna", "Ben", "Chloé", "David", "Emma", "Felix", "Grace", "Hugo",
        "Iris", "Jonas", "Karin", "Liam", "Mia", "Noah", "Olga", "Paul", "Rosa", "Sven", "Tara", "Zoë"};
    private static final String[] STREETS = {"Main St", "High Street", "Rue de la Paix", "Baker Street", "Elm Ave",
        "Hauptstraße", "Via Roma", "Oak Lane"};

    private record Kind(String name, TypeFamily family, String declaredType, IntFunction<Object> value) {
    }

    public static void main(String[] args) {
        int rows = intOption(args, "--rows", 1_000_000);
        int runs = intOption(args, "--runs", 5);
        SplittableRandom random = new SplittableRandom(20261123);
        List<Kind> kinds = List.of(
                new Kind("id bigint (unique)", TypeFamily.INTEGER, "bigint", i -> (long) i),
                new Kind("quantity integer (1,000 values)", TypeFamily.INTEGER, "integer", i -> (long) random.nextInt(1000)),
                new Kind("ratio double (unique)", TypeFamily.FLOAT, "double precision", i -> random.nextDouble()),
                new Kind("birth_date date", TypeFamily.DATE, "date", i -> LocalDate.ofEpochDay(-20000 + random.nextInt(25000))),
                new Kind("created_at timestamp", TypeFamily.TIMESTAMP, "timestamp",
                        i -> LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(random.nextInt(150_000_000))),
                new Kind("status varchar (5 values)", TypeFamily.TEXT, "varchar(20)", i -> STATUSES[random.nextInt(5)]),
                new Kind("guid uuid as text (unique)", TypeFamily.UUID, "uuid",
                        i -> new UUID(random.nextLong(), random.nextLong()).toString()),
                new Kind("email varchar (unique)", TypeFamily.TEXT, "varchar(120)",
                        i -> FIRST_NAMES[random.nextInt(20)].toLowerCase(Locale.ROOT) + "." + i + "@example.com"),
                new Kind("first_name varchar (20 values)", TypeFamily.TEXT, "varchar(40)", i -> FIRST_NAMES[random.nextInt(20)]),
                new Kind("street_address varchar (varied)", TypeFamily.TEXT, "varchar(120)",
                        i -> (1 + random.nextInt(999)) + " " + STREETS[random.nextInt(STREETS.length)]));
        System.out.printf(Locale.ROOT, "%n### Accumulators alone: %,d rows per column, median thread CPU of %d runs, Java %s%n%n",
                rows, runs, System.getProperty("java.version"));
        System.out.println("| column | ns per value |");
        System.out.println("|---|---:|");
        double total = 0;
        for (Kind kind : kinds) {
            Object[] values = new Object[rows];
            for (int i = 0; i < rows; i++) {
                values[i] = kind.value().apply(i);
            }
            double nanos = medianNanosPerValue(kind, values, runs);
            total += nanos;
            System.out.printf(Locale.ROOT, "| %s | %.0f |%n", kind.name(), nanos);
        }
        System.out.printf(Locale.ROOT, "| **mean of the %d kinds** | **%.0f** |%n", kinds.size(), total / kinds.size());
        System.out.printf(Locale.ROOT, "| **the %d kinds as one table, %d copies each (rows interleave columns)** | **%.0f** |%n",
                kinds.size(), WIDE_COPIES, wideNanosPerValue(kinds, rows / 4, runs));
    }

    private static final int WIDE_COPIES = 6;

    /** Every kind {@value #WIDE_COPIES} times in one table: each row touches every column's tables, as in a real scan. */
    private static double wideNanosPerValue(List<Kind> kinds, int rows, int runs) {
        List<ColumnSchema> columns = new ArrayList<>();
        List<Object[]> data = new ArrayList<>();
        for (int copy = 0; copy < WIDE_COPIES; copy++) {
            for (Kind kind : kinds) {
                columns.add(new ColumnSchema(columns.size() + 1, "c" + columns.size(), kind.declaredType(), kind.family(),
                        true, null, null, false, false, null));
                Object[] values = new Object[rows];
                for (int i = 0; i < rows; i++) {
                    values[i] = kind.value().apply(i + copy * rows);
                }
                data.add(values);
            }
        }
        TableSchema schema = new TableSchema(new TableRef("bench", "wide"), TableKind.TABLE, null, columns, null, List.of(),
                List.of(), List.of(), RowCount.exact(rows), List.of(), null);
        return (double) medianNanos(schema, () -> new WideRows(data, rows), runs) / ((long) rows * columns.size());
    }

    /** Pre-generated columns, read row by row. */
    private static final class WideRows implements ValueRows {
        private final List<Object[]> columns;
        private final int rows;
        private int row = -1;

        WideRows(List<Object[]> columns, int rows) {
            this.columns = columns;
            this.rows = rows;
        }

        @Override
        public boolean next() {
            return ++row < rows;
        }

        @Override
        public Object value(int column) {
            return columns.get(column)[row];
        }

        @Override
        public boolean truncated() {
            return false;
        }

        @Override
        public String method() {
            return "in memory";
        }
    }

    private static double medianNanosPerValue(Kind kind, Object[] values, int runs) {
        List<Object[]> column = List.<Object[]>of(values);
        return (double) medianNanos(schema(kind, values.length), () -> new WideRows(column, values.length), runs)
                / values.length;
    }

    /** Thread CPU time of one profile of the rows, median of {@code runs} after one warm-up run. */
    private static long medianNanos(TableSchema schema, Supplier<ValueRows> rows, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        RowStreamProfiler profiler = new RowStreamProfiler(ProfileOptions.DEFAULTS);
        long[] nanos = new long[runs];
        for (int run = -1; run < runs; run++) {
            long started = threads.getCurrentThreadCpuTime();
            profiler.profile(schema, rows.get());
            long spent = threads.getCurrentThreadCpuTime() - started;
            if (run >= 0) {
                nanos[run] = spent;
            }
        }
        Arrays.sort(nanos);
        return nanos[runs / 2];
    }

    private static TableSchema schema(Kind kind, long rows) {
        List<ColumnSchema> columns = new ArrayList<>();
        columns.add(new ColumnSchema(1, "c", kind.declaredType(), kind.family(), true, null, null, false, false, null));
        return new TableSchema(new TableRef("bench", "accumulators"), TableKind.TABLE, null, columns, null, List.of(),
                List.of(), List.of(), RowCount.exact(rows), List.of(), null);
    }

    private static int intOption(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
