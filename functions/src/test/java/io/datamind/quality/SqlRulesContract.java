package io.datamind.quality;

import static io.datamind.quality.Fixtures.profile;
import static io.datamind.quality.Fixtures.quartiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datamind.quality.Fixtures.Column;
import io.datamind.quality.Fixtures.Schema;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableRef;
import io.datamind.scan.TypeFamily;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SQL rules against a real server, on data whose answers are known: 2 future birth dates, 1 birth date before
 * 1900, 2 IQR and 1 MAD outliers, 1 off-shape ZIP code, 2 orphan orders, 4 duplicate events, 3 repeated account
 * ids. Every count-style finding's SQL is run back on the server and must give the finding's count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SqlRulesContract {

    private static final Set<String> COUNTING_RULES = Set.of("MISSING", "EMPTY_STRINGS", "NON_UNIQUE_KEY", "DUPLICATES",
            "OUTLIERS_IQR", "OUTLIERS_MAD", "FUTURE_DATE", "IMPLAUSIBLE_DATE", "ORPHANS", "OFF_SHAPE");

    static final TableRef CUSTOMERS = new TableRef(QualityDatabases.SCHEMA, "customers");
    static final TableRef ORDERS = new TableRef(QualityDatabases.SCHEMA, "orders");
    static final TableRef EVENTS = new TableRef(QualityDatabases.SCHEMA, "events");
    static final TableRef ACCOUNTS = new TableRef(QualityDatabases.SCHEMA, "accounts");

    private final QualityAssessor assessor = QualityAssessor.withDefaultRules(QualityOptions.DEFAULTS, Fixtures.CLOCK);

    abstract String url();

    /** Drops and recreates the dm_quality schema (PostgreSQL) or database (MariaDB). */
    abstract String[] recreateSchema();

    @BeforeAll
    void createData() throws SQLException {
        try (Connection connection = QualityDatabases.admin(url())) {
            QualityDatabases.execute(connection, recreateSchema());
            QualityDatabases.execute(connection,
                    "CREATE TABLE dm_quality.customers (id INT PRIMARY KEY, birth_date DATE, score INT, zip VARCHAR(10))",
                    "CREATE TABLE dm_quality.orders (id INT PRIMARY KEY, customer_id INT, amount DECIMAL(10,2))",
                    "CREATE TABLE dm_quality.events (name VARCHAR(10), event_day DATE, qty INT)",
                    "CREATE TABLE dm_quality.accounts (account_id INT, name VARCHAR(20))",
                    "CREATE TABLE dm_quality.dm_qs_spreads (beyond INT, inside INT, wide DECIMAL(10,2))");
            List<String> inserts = new ArrayList<>();
            for (int id = 1; id <= 21; id++) {
                String birth = switch (id) {
                    case 1 -> "2999-01-01";
                    case 2 -> "2100-05-05";
                    case 3 -> "1850-03-03";
                    default -> String.format("1980-01-%02d", id);
                };
                int score = id <= 19 ? id : id == 20 ? 32 : 1000;
                String zip = id == 21 ? "AB-12" : String.valueOf(10000 + id);
                inserts.add("INSERT INTO dm_quality.customers VALUES (" + id + ", '" + birth + "', " + score + ", '" + zip + "')");
            }
            inserts.add("INSERT INTO dm_quality.orders VALUES (1, 1, 10), (2, 2, 10), (3, 3, 10), (4, 4, 10), (5, 5, 10),"
                    + " (6, 6, 10), (7, 7, 10), (8, 999, 10), (9, 998, 10), (10, NULL, 10)");
            inserts.add("INSERT INTO dm_quality.events VALUES ('a', '2024-01-01', 1), ('a', '2024-01-01', 1),"
                    + " ('a', '2024-01-01', 1), ('b', '2024-01-02', 2), ('b', '2024-01-02', 2), ('c', '2024-01-03', 3),"
                    + " ('d', NULL, NULL), ('d', NULL, NULL)");
            inserts.add("INSERT INTO dm_quality.accounts VALUES (1, 'x'), (2, 'y'), (2, 'y2'), (3, 'z'), (3, 'z2'), (3, 'z3')");
            inserts.add("INSERT INTO dm_quality.dm_qs_spreads VALUES (100, 100, 100), (95, 95, 95), (105, 105, 105),"
                    + " (90, 90, 90), (110, 110, 110), (90, 90, 90), (110, 110, 110), (100, 100, 100), (152, 151, 151.8)");
            QualityDatabases.execute(connection, inserts.toArray(String[]::new));
        }
    }

    JdbcSource source() {
        return QualityDatabases.source(url());
    }

    QualityInput customers() {
        return new QualityInput(new Schema(CUSTOMERS.schema(), CUSTOMERS.name()).column("id", TypeFamily.INTEGER)
                .column("birth_date", TypeFamily.DATE).column("score", TypeFamily.INTEGER).column("zip", TypeFamily.TEXT)
                .primaryKey("id").rows(21).build(),
                profile(CUSTOMERS, 21,
                        new Column("id", TypeFamily.INTEGER, 21).distinct(21).numeric(1, 21, 11, 6.2, 0, quartiles(6, 11, 16)).build(),
                        new Column("birth_date", TypeFamily.DATE, 21).distinct(21).temporal("1850-03-03", "2999-01-01").build(),
                        new Column("score", TypeFamily.INTEGER, 21).distinct(21).numeric(1, 1000, 58.6, 216.9, 0, quartiles(6, 11, 16)).build(),
                        new Column("zip", TypeFamily.TEXT, 21).distinct(21).text(5, 5, 0, "99999", 20, "AA-99", 1).build()),
                Map.of(), List.of());
    }

    QualityInput orders() {
        Relationship inferred = new Relationship("orders_customer", ORDERS, List.of("customer_id"), CUSTOMERS, List.of("id"),
                RelationshipOrigin.INFERRED, 0.9, "customer_id matches customers.id");
        return new QualityInput(new Schema(ORDERS.schema(), ORDERS.name()).column("id", TypeFamily.INTEGER)
                .column("customer_id", TypeFamily.INTEGER).column("amount", TypeFamily.DECIMAL).primaryKey("id").rows(10).build(),
                profile(ORDERS, 10,
                        new Column("id", TypeFamily.INTEGER, 10).distinct(10).build(),
                        new Column("customer_id", TypeFamily.INTEGER, 10).nulls(1).distinct(9).build(),
                        new Column("amount", TypeFamily.DECIMAL, 10).distinct(1).build()),
                Map.of(), List.of(inferred));
    }

    QualityInput events() {
        return new QualityInput(new Schema(EVENTS.schema(), EVENTS.name()).column("name", TypeFamily.TEXT)
                .column("event_day", TypeFamily.DATE).column("qty", TypeFamily.INTEGER).rows(8).build(),
                profile(EVENTS, 8, new Column("name", TypeFamily.TEXT, 8).distinct(4).build(),
                        new Column("event_day", TypeFamily.DATE, 8).nulls(2).distinct(3).temporal("2024-01-01", "2024-01-03").build(),
                        new Column("qty", TypeFamily.INTEGER, 8).nulls(2).distinct(3).build()),
                Map.of(), List.of());
    }

    QualityInput accounts() {
        return new QualityInput(new Schema(ACCOUNTS.schema(), ACCOUNTS.name()).column("account_id", TypeFamily.INTEGER)
                .column("name", TypeFamily.TEXT).rows(6).build(),
                profile(ACCOUNTS, 6, new Column("account_id", TypeFamily.INTEGER, 6).distinct(3).build(),
                        new Column("name", TypeFamily.TEXT, 6).distinct(6).build()),
                Map.of(), List.of());
    }

    static final TableRef SPREADS = new TableRef(QualityDatabases.SCHEMA, "dm_qs_spreads");

    /**
     * Three columns whose deviations from the median 100 are 0, 0, 5, 5, 10, 10, 10, 10 and then 52, 51 or 51.8:
     * MAD 10, so the MAD bounds are 100 ± 51.89 and only beyond's 152 lies outside. {@code sampled} profiles claim
     * a max of 151 for beyond, as a sample that missed the 152 would.
     */
    QualityInput spreads(boolean sampled) {
        Schema schema = new Schema(SPREADS.schema(), SPREADS.name()).column("beyond", TypeFamily.INTEGER)
                .column("inside", TypeFamily.INTEGER).column("wide", TypeFamily.DECIMAL).rows(9);
        List<io.datamind.profile.ColumnProfile> columns = List.of(
                new Column("beyond", TypeFamily.INTEGER, 9).distinct(6).numeric(90, sampled ? 151 : 152, 105.8, 18.5, 0,
                        quartiles(90, 100, 110)).build(),
                new Column("inside", TypeFamily.INTEGER, 9).distinct(6).numeric(90, 151, 105.7, 18.2, 0,
                        quartiles(90, 100, 110)).build(),
                new Column("wide", TypeFamily.DECIMAL, 9).distinct(6).numeric(90, 151.8, 105.8, 18.4, 0,
                        quartiles(90, 100, 110)).build());
        return new QualityInput(schema.build(), new io.datamind.profile.TableProfile(SPREADS, sampled,
                sampled ? "sample" : "full scan", 9, 1, columns), Map.of(), List.of());
    }

    @Test
    void aMadTheFullProfileSettlesFindsWhatTheSortedMadFinds() {
        TableQuality quality = assessor.assess(spreads(false), source(), Fixtures.MASK);

        // on PostgreSQL inside and wide are settled by counting deviations below 0.6745 ÷ 3.5 of their largest
        // (51 → 9.83, 51.8 → 9.98: fewer than half the values deviate less, so their MAD is at least that and the
        // profile's max lies inside); beyond (52 → 10.02) is not, and gets the sorted MAD: 10, so 152 > 151.89
        assertThat(quality.skippedRules()).isEmpty();
        assertThat(quality.findings("OUTLIERS_MAD")).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("beyond");
            assertThat(f.affectedCount()).isEqualTo(1);
            assertThat(f.examples()).containsExactly("m:152");
            assertThat(f.message()).contains("MAD 10").contains("48.10971 .. 151.89029");
        });
    }

    @Test
    void aSampledProfileSettlesNoMad() {
        TableQuality quality = assessor.assess(spreads(true), source(), Fixtures.MASK);

        // the sample's max (151) would settle beyond as it settles inside; only a full profile's max is trusted
        assertThat(quality.findings("OUTLIERS_MAD")).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("beyond");
            assertThat(f.affectedCount()).isEqualTo(1);
        });
    }

    @Test
    void futureAndPre1900BirthDatesAreCounted() {
        TableQuality quality = assessor.assess(customers(), source(), Fixtures.MASK);

        assertThat(quality.skippedRules()).isEmpty();
        assertThat(quality.findings("FUTURE_DATE")).singleElement().satisfies(f -> {
            assertThat(f.affectedCount()).isEqualTo(2);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.examples()).containsExactly("m:2999-01-01", "m:2100-05-05");
            assertThat(f.reproduceSql()).isEqualTo("SELECT COUNT(*) FROM " + q(CUSTOMERS) + " WHERE " + q("birth_date")
                    + " > '2026-01-01'");
        });
        assertThat(quality.findings("IMPLAUSIBLE_DATE")).singleElement().satisfies(f -> {
            assertThat(f.affectedCount()).isEqualTo(1);
            assertThat(f.examples()).containsExactly("m:1850-03-03");
        });
    }

    @Test
    void outliersByIqrAndByMad() {
        TableQuality quality = assessor.assess(customers(), source(), Fixtures.MASK);

        assertThat(quality.findings("OUTLIERS_IQR")).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("score");
            assertThat(f.affectedCount()).isEqualTo(2);
            assertThat(f.examples()).containsExactly("m:1000", "m:32");
            assertThat(f.reproduceSql()).isEqualTo("SELECT COUNT(*) FROM " + q(CUSTOMERS) + " WHERE " + q("score")
                    + " < -9 OR " + q("score") + " > 31");
        });
        // median 11, MAD 5: bounds 11 ± 3.5·5/0.6745 = -14.95 .. 36.95, so 32 is no longer an outlier
        assertThat(quality.findings("OUTLIERS_MAD")).singleElement().satisfies(f -> {
            assertThat(f.affectedCount()).isEqualTo(1);
            assertThat(f.examples()).containsExactly("m:1000");
            assertThat(f.message()).contains("MAD 5");
            assertThat(f.affectedRatio()).isCloseTo(1.0 / 21, within(1e-9));
        });
    }

    @Test
    void outlierExamplesAreTheMostExtremeFirstUpToTheLimit() {
        QualityOptions oneExample = new QualityOptions(1_000_000, java.time.Duration.ofDays(30),
                java.time.LocalDate.of(1900, 1, 1), 1);
        QualityAssessor assessor = QualityAssessor.withDefaultRules(oneExample, Fixtures.CLOCK);

        TableQuality quality = assessor.assess(customers(), source(), Fixtures.MASK);

        // PostgreSQL takes them from the counting scan (ARRAY_AGG … [1:1]), the others from a query of their own
        assertThat(quality.findings("OUTLIERS_IQR")).singleElement()
                .satisfies(f -> assertThat(f.examples()).containsExactly("m:1000"));
        assertThat(quality.findings("OUTLIERS_MAD")).singleElement()
                .satisfies(f -> assertThat(f.examples()).containsExactly("m:1000"));
    }

    @Test
    void aTableTooLargeToCollectOutliersInItsScanGetsTheSameExamplesFromAQuery() {
        // the catalog's exact row count decides; the 21 rows are the same
        QualityInput huge = new QualityInput(new Schema(CUSTOMERS.schema(), CUSTOMERS.name()).column("id", TypeFamily.INTEGER)
                .column("birth_date", TypeFamily.DATE).column("score", TypeFamily.INTEGER).column("zip", TypeFamily.TEXT)
                .primaryKey("id").rows(2_000_000).build(), customers().profile(), Map.of(), List.of());

        TableQuality quality = assessor.assess(huge, source(), Fixtures.MASK);

        assertThat(quality.findings("OUTLIERS_IQR")).singleElement().satisfies(f -> {
            assertThat(f.affectedCount()).isEqualTo(2);
            assertThat(f.examples()).containsExactly("m:1000", "m:32");
        });
    }

    @Test
    void columnScoresFollowTheFindingsBehindThem() {
        TableQuality quality = assessor.assess(customers(), source(), Fixtures.MASK);

        // birth_date: validity 100 × (1 − 2/21) × (1 − 1/21) = 86.2; score (0.3 × 100 + 0.3 × 86.17) ÷ 0.6 = 93.1
        assertThat(quality.columns().get("birth_date").dimensions()).containsEntry(Dimension.VALIDITY, 86.2);
        assertThat(quality.columns().get("birth_date").score()).isEqualTo(93.1);
        // score: the MAD outlier (a warning) deducts 1/21, the IQR ones (info) do not
        assertThat(quality.columns().get("score").dimensions()).containsEntry(Dimension.VALIDITY, 95.2);
        assertThat(quality.columns().get("id").dimensions()).containsOnlyKeys(Dimension.COMPLETENESS, Dimension.VALIDITY,
                Dimension.UNIQUENESS);
        assertThat(quality.score().dimensions()).containsEntry(Dimension.COMPLETENESS, 100.0)
                .containsEntry(Dimension.UNIQUENESS, 100.0).doesNotContainKey(Dimension.INTEGRITY);
    }

    @Test
    void offShapeSqlCountsTheOddZipCode() throws SQLException {
        TableQuality quality = assessor.assess(customers(), source(), Fixtures.MASK);

        Finding offShape = quality.findings("OFF_SHAPE").get(0);
        assertThat(offShape.affectedCount()).isEqualTo(1);
        try (Connection connection = QualityDatabases.admin(url())) {
            assertThat(QualityDatabases.count(connection, offShape.reproduceSql())).isEqualTo(1);
        }
    }

    @Test
    void orphanRowsOfAnInferredRelationship() {
        TableQuality quality = assessor.assess(orders(), source(), Fixtures.MASK);

        assertThat(quality.findings("ORPHANS")).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("customer_id");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.affectedCount()).isEqualTo(2);
            assertThat(f.affectedRatio()).isCloseTo(2.0 / 9, within(1e-9));
            assertThat(f.examples()).containsExactlyInAnyOrder("m:998", "m:999");
            assertThat(f.reproduceSql()).isEqualTo("SELECT COUNT(*) FROM " + q(ORDERS) + " c LEFT JOIN " + q(CUSTOMERS)
                    + " p ON c." + q("customer_id") + " = p." + q("id") + " WHERE p." + q("id") + " IS NULL AND c."
                    + q("customer_id") + " IS NOT NULL");
        });
        // integrity of customer_id: 100 × (1 − 2/9) = 77.8
        assertThat(quality.columns().get("customer_id").dimensions().get(Dimension.INTEGRITY)).isEqualTo(77.8);
        assertThat(quality.score().dimensions()).containsKey(Dimension.INTEGRITY);
    }

    @Test
    void aDeclaredForeignKeyWithOrphansIsAnErrorAndABrokenRelationshipDoesNotHideIt() {
        QualityInput inferred = orders();
        Relationship broken = new Relationship("to_nowhere", ORDERS, List.of("amount"),
                new TableRef(QualityDatabases.SCHEMA, "no_such_table"), List.of("id"), RelationshipOrigin.INFERRED, 0.9, "test");
        QualityInput declared = new QualityInput(new Schema(ORDERS.schema(), ORDERS.name()).column("id", TypeFamily.INTEGER)
                .column("customer_id", TypeFamily.INTEGER).column("amount", TypeFamily.DECIMAL).primaryKey("id")
                .foreignKey("customer_id", CUSTOMERS, "id").rows(10).build(), inferred.profile(), Map.of(), List.of(broken));

        TableQuality quality = assessor.assess(declared, source(), Fixtures.MASK);

        assertThat(quality.findings("ORPHANS")).hasSize(2);
        Finding orphans = quality.findings("ORPHANS").get(0);
        assertThat(orphans.severity()).isEqualTo(Severity.ERROR);
        assertThat(orphans.affectedCount()).isEqualTo(2);
        Finding unchecked = quality.findings("ORPHANS").get(1);
        assertThat(unchecked.severity()).isEqualTo(Severity.INFO);
        assertThat(unchecked.scored()).isFalse();
        assertThat(unchecked.message()).startsWith("could not check " + QualityDatabases.SCHEMA + ".no_such_table(id)");
        assertThat(quality.skippedRules()).isEmpty();
    }

    @Test
    void aForeignKeyTheDatabaseValidatedIsTrustedAndNotQueried() {
        QualityInput validated = new QualityInput(new Schema(ORDERS.schema(), ORDERS.name()).column("id", TypeFamily.INTEGER)
                .column("customer_id", TypeFamily.INTEGER).column("amount", TypeFamily.DECIMAL).primaryKey("id")
                .validatedForeignKey("customer_id", CUSTOMERS, "id").rows(10).build(), orders().profile(), Map.of(), List.of());

        TableQuality quality = assessor.assess(validated, source(), Fixtures.MASK);

        // the fixture's two orphans exist only because the test claims a validation the database never did
        assertThat(quality.findings("ORPHANS")).isEmpty();
        assertThat(quality.skippedRules()).isEmpty();
    }

    @Test
    void aColumnAFullProfileProvedUniqueRulesOutDuplicateRows() {
        QualityInput input = events();
        QualityInput provenUnique = new QualityInput(input.schema(), profile(EVENTS, 8,
                new Column("name", TypeFamily.TEXT, 8).distinct(8).build(),
                new Column("event_day", TypeFamily.DATE, 8).nulls(2).distinct(3).temporal("2024-01-01", "2024-01-03").build(),
                new Column("qty", TypeFamily.INTEGER, 8).nulls(2).distinct(3).build()), Map.of(), List.of());

        TableQuality quality = assessor.assess(provenUnique, source(), Fixtures.MASK);

        // the table holds 4 duplicate rows (see duplicateRowsIncludingAllNullGroups); a profile saying "name" has
        // 8 distinct values in 8 rows is trusted instead of sorting the table
        assertThat(quality.findings("DUPLICATES")).isEmpty();
        assertThat(quality.score().dimensions()).containsEntry(Dimension.UNIQUENESS, 100.0);
    }

    @Test
    void aColumnTheDatabaseCountsDistinctInEveryRowRulesOutDuplicateRows() {
        QualityInput input = accounts();
        QualityInput estimated = new QualityInput(input.schema(), profile(ACCOUNTS, 6,
                new Column("account_id", TypeFamily.INTEGER, 6).distinct(3).build(),
                new Column("name", TypeFamily.TEXT, 6).estimatedDistinct(6).build()), Map.of(), List.of());
        io.datamind.quality.rules.DuplicateRowsRule rule = new io.datamind.quality.rules.DuplicateRowsRule();

        TableQuality quality = assessor.assess(estimated, source(), Fixtures.MASK);

        // an estimate proves nothing, so the database counts name's distinct values (6 of 6 rows) in the shared scan
        assertThat(rule.aggregates(Fixtures.context(estimated.schema(), estimated.profile(), Map.of())))
                .containsExactly("COUNT(*)", "COUNT(DISTINCT \"name\")");
        assertThat(quality.findings("DUPLICATES")).isEmpty();
        assertThat(quality.findings("NON_UNIQUE_KEY")).hasSize(1);
        assertThat(quality.score().dimensions()).containsKey(Dimension.UNIQUENESS);
    }

    @Test
    void anOptimisticDistinctEstimateDoesNotHideDuplicateRows() {
        QualityInput input = events();
        QualityInput optimistic = new QualityInput(input.schema(), profile(EVENTS, 8,
                new Column("name", TypeFamily.TEXT, 8).estimatedDistinct(8).build(),
                new Column("event_day", TypeFamily.DATE, 8).nulls(2).distinct(3).temporal("2024-01-01", "2024-01-03").build(),
                new Column("qty", TypeFamily.INTEGER, 8).nulls(2).distinct(3).build()), Map.of(), List.of());

        TableQuality quality = assessor.assess(optimistic, source(), Fixtures.MASK);

        // name has 4 distinct values in 8 rows, not 8: the GROUP BY still runs and counts the 4 duplicates
        assertThat(quality.findings("DUPLICATES")).singleElement().satisfies(f -> assertThat(f.affectedCount()).isEqualTo(4));
    }

    @Test
    void duplicateRowsIncludingAllNullGroups() {
        TableQuality quality = assessor.assess(events(), source(), Fixtures.MASK);

        assertThat(quality.findings("DUPLICATES")).singleElement().satisfies(f -> {
            assertThat(f.column()).isNull();
            assertThat(f.affectedCount()).isEqualTo(4);
            assertThat(f.affectedRatio()).isEqualTo(0.5);
        });
        // no key column, but the duplicate check makes uniqueness apply to the table: 100 × (1 − 0.5)
        assertThat(quality.score().dimensions().get(Dimension.UNIQUENESS)).isEqualTo(50.0);
    }

    @Test
    void repeatedValuesInAKeyNamedColumn() {
        TableQuality quality = assessor.assess(accounts(), source(), Fixtures.MASK);

        assertThat(quality.findings("NON_UNIQUE_KEY")).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("account_id");
            assertThat(f.affectedCount()).isEqualTo(3);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.examples()).containsExactlyInAnyOrder("m:2", "m:3");
        });
        assertThat(quality.columns().get("account_id").dimensions().get(Dimension.UNIQUENESS)).isEqualTo(50.0);
    }

    @Test
    void everyCountingFindingIsReproducedByItsSql() throws SQLException {
        List<Finding> findings = new ArrayList<>();
        for (QualityInput input : List.of(customers(), orders(), events(), accounts(), spreads(false))) {
            findings.addAll(assessor.assess(input, source(), Fixtures.MASK).findings());
        }
        List<Finding> counting = findings.stream().filter(f -> COUNTING_RULES.contains(f.ruleId())).toList();
        assertThat(counting).extracting(Finding::ruleId).contains("NON_UNIQUE_KEY", "DUPLICATES", "OUTLIERS_IQR",
                "OUTLIERS_MAD", "FUTURE_DATE", "IMPLAUSIBLE_DATE", "ORPHANS", "OFF_SHAPE", "MISSING");
        try (Connection connection = QualityDatabases.admin(url())) {
            for (Finding finding : counting) {
                assertThat(QualityDatabases.count(connection, finding.reproduceSql()))
                        .as(finding.ruleId() + " " + finding.reproduceSql()).isEqualTo(finding.affectedCount());
            }
        }
    }

    String q(TableRef table) {
        return source().dialect().qualifiedName(table);
    }

    String q(String column) {
        return source().dialect().quote(column);
    }
}
