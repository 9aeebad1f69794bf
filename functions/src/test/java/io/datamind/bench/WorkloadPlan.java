package io.datamind.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The deterministic shape of a generated workload: every table's name, width, row count, columns, primary
 * key and foreign keys, drawn from one seed. Row values are not here; the database computes them from the
 * column kinds. Tables only reference tables planned before them, so the foreign keys form a DAG.
 */
record WorkloadPlan(long seed, int maxRows, List<TablePlan> tables) {

    static final int MIN_WIDTH = 5;
    static final int MAX_WIDTH = 120;
    static final int REGIONS = 5;
    static final int ORPHAN_EVERY = 97;

    private static final List<String> NOUNS = List.of("customers", "orders", "invoices", "payments", "products",
            "suppliers", "shipments", "employees", "accounts", "contracts", "tickets", "sessions", "devices",
            "stores", "claims", "policies", "visits", "subscriptions", "campaigns", "leads", "assets", "warehouses",
            "transactions", "refunds", "reviews", "patients", "vehicles", "projects", "timesheets", "loans");

    record ColumnPlan(String name, String sqlType, String expression, ColumnKind kind) { }

    /** Child columns reference the parent's key; orphans (a dirty FK) are planted every ORPHAN_EVERY-th row. */
    record ForeignKeyPlan(String name, List<String> columns, String parentTable, List<String> parentColumns,
                          boolean dirty, long expectedOrphans) { }

    record TablePlan(String name, int width, long rows, boolean compositeKey, List<ColumnPlan> columns,
                     List<String> primaryKey, List<ForeignKeyPlan> foreignKeys, String comment, double randomSeed) {

        long count(ColumnKind kind) {
            return columns.stream().filter(c -> c.kind() == kind).count();
        }
    }

    static WorkloadPlan create(long seed, int tableCount, int maxRows) {
        Random random = new Random(seed);
        List<Integer> widths = evenWidths(tableCount);
        Collections.shuffle(widths, random);
        List<TablePlan> tables = new ArrayList<>();
        for (int i = 0; i < tableCount; i++) {
            tables.add(planTable(random, i, widths.get(i), maxRows, tables));
        }
        return new WorkloadPlan(seed, maxRows, List.copyOf(tables));
    }

    long expectedInvalidEmails() {
        return tables.stream().mapToLong(t -> t.count(ColumnKind.EMAIL) * (t.rows() / ColumnKind.INVALID_EMAIL_EVERY)).sum();
    }

    long expectedOrphans() {
        return tables.stream().flatMap(t -> t.foreignKeys().stream()).mapToLong(ForeignKeyPlan::expectedOrphans).sum();
    }

    private static List<Integer> evenWidths(int tableCount) {
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < tableCount; i++) {
            widths.add(tableCount == 1 ? MIN_WIDTH
                    : MIN_WIDTH + (int) Math.round((double) i * (MAX_WIDTH - MIN_WIDTH) / (tableCount - 1)));
        }
        return widths;
    }

    private static TablePlan planTable(Random random, int index, int width, int maxRows, List<TablePlan> earlier) {
        String name = String.format("t%03d_%s", index, NOUNS.get(random.nextInt(NOUNS.size())));
        double u = random.nextDouble();
        long rows = random.nextInt(25) == 0 ? 0 : Math.max(1, (long) (maxRows * u * u * u));
        boolean composite = random.nextInt(8) == 0;
        List<ColumnPlan> columns = new ArrayList<>();
        Set<String> used = new HashSet<>();
        columns.add(new ColumnPlan(unique("id", used), "bigint", "g", null));
        if (composite) {
            columns.add(new ColumnPlan(unique("region_id", used), "smallint", "(g % " + REGIONS + ")::smallint", null));
        }
        List<ForeignKeyPlan> foreignKeys = planForeignKeys(random, name, rows, width - columns.size() - 1, earlier, columns, used);
        while (columns.size() < width) {
            ColumnKind kind = pickKind(random);
            String column = unique(kind.names().get(random.nextInt(kind.names().size())), used);
            columns.add(new ColumnPlan(column, kind.sqlType(), kind.expression("g", columns.size()), kind));
        }
        List<String> primaryKey = composite ? List.of("id", "region_id") : List.of("id");
        String comment = index % 3 == 0 ? "Synthetic " + name.substring(5) + " table of the scale workload" : null;
        return new TablePlan(name, width, rows, composite, List.copyOf(columns), primaryKey, foreignKeys, comment,
                random.nextDouble() * 2 - 1);
    }

    private static List<ForeignKeyPlan> planForeignKeys(Random random, String table, long rows, int room,
            List<TablePlan> earlier, List<ColumnPlan> columns, Set<String> used) {
        List<TablePlan> parents = earlier.stream().filter(t -> t.rows() > 0).toList();
        List<ForeignKeyPlan> keys = new ArrayList<>();
        int wanted = parents.isEmpty() ? 0 : random.nextInt(4);
        for (int k = 0; k < wanted; k++) {
            TablePlan parent = parents.get(random.nextInt(parents.size()));
            int needed = parent.compositeKey() ? 2 : 1;
            if (room < needed) {
                break;
            }
            room -= needed;
            boolean dirty = random.nextInt(10) == 0;
            String parentValue = "(1 + ((g * 7919 + " + k + ") % " + parent.rows() + "))";
            String value = dirty ? "CASE WHEN g % " + ORPHAN_EVERY + " = 0 THEN " + (parent.rows() + 1_000_000) + " + g"
                    + " WHEN g % 19 = 0 THEN NULL ELSE " + parentValue + " END"
                    : "CASE WHEN g % 19 = 0 THEN NULL ELSE " + parentValue + " END";
            String base = parent.name().substring(5);
            String idColumn = unique(base + "_id", used);
            columns.add(new ColumnPlan(idColumn, "bigint", value, null));
            List<String> childColumns = new ArrayList<>(List.of(idColumn));
            if (parent.compositeKey()) {
                String regionColumn = unique(base + "_region_id", used);
                columns.add(new ColumnPlan(regionColumn, "smallint", "((" + value + ") % " + REGIONS + ")::smallint", null));
                childColumns.add(regionColumn);
            }
            keys.add(new ForeignKeyPlan("fk_" + table + "_" + k, List.copyOf(childColumns), parent.name(),
                    parent.primaryKey(), dirty, dirty ? rows / ORPHAN_EVERY : 0));
        }
        return List.copyOf(keys);
    }

    private static ColumnKind pickKind(Random random) {
        ColumnKind[] kinds = ColumnKind.values();
        // PII kinds are 7 of the 19; drawing twice for non-PII keeps PII near a fifth of the columns.
        ColumnKind kind = kinds[random.nextInt(kinds.length)];
        return kind.isPii() && random.nextBoolean() ? kinds[random.nextInt(kinds.length)] : kind;
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + "_" + n;
        }
        return candidate;
    }
}
