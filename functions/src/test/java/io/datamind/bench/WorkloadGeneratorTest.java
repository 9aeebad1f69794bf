package io.datamind.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.bench.WorkloadPlan.ColumnPlan;
import io.datamind.bench.WorkloadPlan.ForeignKeyPlan;
import io.datamind.bench.WorkloadPlan.TablePlan;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Builds a small workload (12 tables, 1,000 big rows) on the real test PostgreSQL and checks what it holds. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkloadGeneratorTest {

    private static final String SCHEMA = "dm_scale_test";
    private static final String URL = System.getenv().getOrDefault("DATAMIND_TEST_PG_URL", WorkloadOptions.DEFAULT_URL);
    private static final String[] ARGS = {"--url", URL, "--schema", SCHEMA, "--tables", "12", "--seed", "7",
        "--max-rows", "3000", "--big-rows", "1000", "--force"};

    private WorkloadPlan plan;

    @BeforeAll
    void build() throws Exception {
        plan = new WorkloadGenerator(WorkloadOptions.parse(ARGS)).build();
    }

    @Test
    void buildsTheRequestedTablesWithWidthsFromFiveToOneHundredTwenty() throws SQLException {
        List<Long> widths = longs("SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '" + SCHEMA + "'"
                + " AND c.relkind = 'r' AND c.relname <> 'big_10m' AND a.attnum > 0 AND NOT a.attisdropped"
                + " GROUP BY c.relname ORDER BY 1");
        assertThat(widths).hasSize(12);
        assertThat(widths.get(0)).isEqualTo(5);
        assertThat(widths.get(widths.size() - 1)).isEqualTo(120);
        assertThat(single("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = '" + SCHEMA + "' AND c.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_constraint k"
                + " WHERE k.conrelid = c.oid AND k.contype = 'p')")).as("tables without a primary key").isZero();
        for (TablePlan table : plan.tables()) {
            assertThat(single("SELECT count(*) FROM " + table(table.name()))).as(table.name()).isEqualTo(table.rows());
        }
    }

    @Test
    void foreignKeysExistAndOnlyThePlantedOrphansBreakThem() throws SQLException {
        List<ForeignKeyPlan> keys = plan.tables().stream().flatMap(t -> t.foreignKeys().stream()).toList();
        assertThat(single("SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace"
                + " WHERE n.nspname = '" + SCHEMA + "' AND k.contype = 'f'")).isEqualTo(keys.size()).isGreaterThan(5);
        assertThat(keys).anyMatch(k -> k.columns().size() == 2);
        long orphans = 0;
        for (TablePlan table : plan.tables()) {
            for (ForeignKeyPlan key : table.foreignKeys()) {
                long found = orphans(table, key);
                assertThat(found).as(key.name()).isEqualTo(key.expectedOrphans());
                orphans += found;
            }
        }
        assertThat(orphans).isEqualTo(plan.expectedOrphans()).isEqualTo(14);
        assertThat(single("SELECT count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace"
                + " WHERE n.nspname = '" + SCHEMA + "' AND k.contype = 'f' AND NOT k.convalidated"))
                .isEqualTo(keys.stream().filter(ForeignKeyPlan::dirty).count());
    }

    @Test
    void piiColumnsHoldPlausibleValuesAndThePlantedDirtyOnes() throws SQLException {
        long invalidEmails = 0;
        long validEmails = 0;
        long futureDates = 0;
        for (TablePlan table : plan.tables()) {
            for (ColumnPlan column : table.columns()) {
                String from = " FROM " + table(table.name()) + " WHERE ";
                String c = WorkloadGenerator.q(column.name());
                if (column.kind() == ColumnKind.EMAIL) {
                    invalidEmails += single("SELECT count(*)" + from + c + " <> '' AND " + c + " !~ '^[^@ ]+@[^@ ]+\\.[a-z]+$'");
                    validEmails += single("SELECT count(*)" + from + c + " ~ '^[a-zü]+\\.[a-zü]+[0-9]+@[a-z.]+$'");
                } else if (column.kind() == ColumnKind.PHONE) {
                    assertThat(single("SELECT count(*)" + from + c + " !~ '^\\+1-[0-9]{3}-555-[0-9]{4}$'")).isZero();
                } else if (column.kind() == ColumnKind.IBAN) {
                    assertThat(single("SELECT count(*)" + from + c + " !~ '^[A-Z]{2}[0-9]{20}$'")).isZero();
                } else if (column.kind() == ColumnKind.DATE) {
                    futureDates += single("SELECT count(*)" + from + c + " > date '2030-01-01'");
                }
            }
        }
        assertThat(invalidEmails).isEqualTo(plan.expectedInvalidEmails()).isPositive();
        assertThat(validEmails).isGreaterThan(invalidEmails * 50);
        assertThat(futureDates).isEqualTo(plan.tables().stream()
                .mapToLong(t -> t.count(ColumnKind.DATE) * (t.rows() / ColumnKind.FUTURE_DATE_EVERY)).sum()).isPositive();
    }

    @Test
    void theBigTableHasTheRequestedRowsAndTwentyColumns() throws SQLException {
        assertThat(single("SELECT count(*) FROM " + table(WorkloadGenerator.BIG_TABLE))).isEqualTo(1000);
        assertThat(single("SELECT count(*) FROM information_schema.columns WHERE table_schema = '" + SCHEMA
                + "' AND table_name = 'big_10m'")).isEqualTo(20);
    }

    @Test
    void theSameSeedRebuildsTheSameRowsAndAMatchingMarkerSkipsTheBuild() throws Exception {
        List<String> before = checksums();
        new WorkloadGenerator(WorkloadOptions.parse(ARGS)).build();
        assertThat(checksums()).isEqualTo(before);

        long oid = single("SELECT '" + SCHEMA + ".big_10m'::regclass::oid");
        String[] withoutForce = Arrays.copyOf(ARGS, ARGS.length - 1);
        new WorkloadGenerator(WorkloadOptions.parse(withoutForce)).build();
        assertThat(single("SELECT '" + SCHEMA + ".big_10m'::regclass::oid")).as("not rebuilt").isEqualTo(oid);
    }

    private List<String> checksums() throws SQLException {
        List<String> tables = new ArrayList<>(plan.tables().stream().filter(t -> t.rows() > 0).limit(3)
                .map(TablePlan::name).toList());
        tables.add(WorkloadGenerator.BIG_TABLE);
        List<String> sums = new ArrayList<>();
        for (String name : tables) {
            sums.add(text("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM " + table(name) + " t"));
        }
        assertThat(sums).doesNotContainNull();
        return sums;
    }

    private long orphans(TablePlan table, ForeignKeyPlan key) throws SQLException {
        String notNull = key.columns().stream().map(c -> "c." + WorkloadGenerator.q(c) + " IS NOT NULL")
                .collect(Collectors.joining(" AND "));
        List<String> match = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            match.add("p." + WorkloadGenerator.q(key.parentColumns().get(i)) + " = c." + WorkloadGenerator.q(key.columns().get(i)));
        }
        return single("SELECT count(*) FROM " + table(table.name()) + " c WHERE " + notNull + " AND NOT EXISTS"
                + " (SELECT 1 FROM " + table(key.parentTable()) + " p WHERE " + String.join(" AND ", match) + ")");
    }

    private static String table(String name) {
        return WorkloadGenerator.q(SCHEMA) + "." + WorkloadGenerator.q(name);
    }

    private static long single(String sql) throws SQLException {
        return longs(sql).get(0);
    }

    private static List<Long> longs(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
            return values;
        }
    }

    private static String text(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(URL); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
