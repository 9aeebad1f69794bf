package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.testing.DictionarySchema;
import io.datamind.testing.TestDatabases;
import java.sql.Connection;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run started with {@code "mode": "hybrid"}, handler by handler on moto and PostgreSQL: a table above the deployment's
 * 1,000,000-row full-mode limit is sampled in ProfileTable's invocation, which also counts its totals over every row;
 * the totals travel through the run store into the published dictionary, where the rare values planted once among
 * 1.2 million rows are counted exactly and the quality findings count the table's rows, not the sample's.
 */
class HybridPipelineTest {

    static final String SCHEMA = "dm_hyb_lambda";
    static final long ROWS = 1_200_000;

    @BeforeAll
    static void database() throws Exception {
        try (Connection pg = TestDatabases.postgres()) {
            TestDatabases.execute(pg, LambdaFixture.schemaWithRegions(SCHEMA));
            TestDatabases.execute(pg,
                    """
                    CREATE TABLE %1$s.readings AS
                    SELECT g AS reading_id,
                      1 + g %% 12 AS region_id,
                      CASE WHEN g = 777777 THEN 99999.99 ELSE (g %% 1000) / 10.0 END::numeric(10,2) AS level,
                      CASE WHEN g %% 100000 = 0 THEN NULL ELSE g %% 3 = 0 END AS calibrated,
                      CASE WHEN g = 424242 THEN '' ELSE 'ok' END AS note,
                      CASE WHEN g = 313131 THEN date '2999-01-01' ELSE date '2020-01-01' + g %% 1000 END AS read_on
                    FROM generate_series(1, %2$d) g
                    """.formatted(SCHEMA, ROWS),
                    "ALTER TABLE " + SCHEMA + ".readings ADD PRIMARY KEY (reading_id)",
                    "ALTER TABLE " + SCHEMA + ".readings ADD FOREIGN KEY (region_id) REFERENCES " + SCHEMA + ".regions",
                    "ANALYZE " + SCHEMA + ".readings");
        }
    }

    @Test
    void aHybridRunPublishesTotalsCountedOverEveryRowOfItsLargeTable() throws Exception {
        LambdaFixture fixture = new LambdaFixture(SCHEMA, Map.of());
        String runId = "hybrid-" + UUID.randomUUID();

        fixture.runPipeline(runId, Map.of("mode", "hybrid"));

        JsonNode dictionary = fixture.dictionary(runId);
        assertThat(DictionarySchema.validate(dictionary)).isEmpty();
        assertThat(dictionary.at("/run/profileMode").asText()).isEqualToIgnoringCase("hybrid");
        JsonNode regions = LambdaFixture.table(dictionary, "regions");
        assertThat(regions.at("/profile/sampled").asBoolean()).as("12 rows are read whole").isFalse();
        assertThat(regions.at("/profile/totals").isMissingNode()).isTrue();

        JsonNode readings = LambdaFixture.table(dictionary, "readings");
        assertThat(readings.at("/profile/sampled").asBoolean()).isTrue();
        assertThat(readings.at("/profile/rowsProfiled").asLong()).isLessThan(100_000);
        assertThat(readings.at("/profile/totals/rows").asLong()).isEqualTo(ROWS);
        assertThat(column(readings, "level").at("/totals/numeric/max").asDouble()).isEqualTo(99_999.99);
        assertThat(column(readings, "read_on").at("/totals/temporal/max").asText()).isEqualTo("2999-01-01");
        assertThat(column(readings, "note").at("/totals/emptyCount").asLong()).isEqualTo(1);
        assertThat(column(readings, "calibrated").at("/totals/nullCount").asLong()).isEqualTo(ROWS / 100_000);
        assertThat(column(readings, "calibrated").at("/totals/bool/trueCount").asLong())
                .isEqualTo(ROWS / 3 - ROWS / 300_000);

        JsonNode missing = finding(readings, "MISSING", "calibrated");
        assertThat(missing.path("affectedCount").asLong()).isEqualTo(ROWS / 100_000);
        assertThat(missing.path("message").asText()).isEqualTo("<0.1% of calibrated values are missing (NULL)");
        assertThat(finding(readings, "EMPTY_STRINGS", "note").path("affectedCount").asLong()).isEqualTo(1);
    }

    private static JsonNode column(JsonNode table, String name) {
        for (JsonNode column : table.at("/profile/columns")) {
            if (column.path("column").asText().equals(name)) {
                return column;
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static JsonNode finding(JsonNode table, String rule, String column) {
        for (JsonNode finding : table.at("/quality/findings")) {
            if (finding.path("ruleId").asText().equalsIgnoreCase(rule) && finding.path("column").asText().equals(column)) {
                return finding;
            }
        }
        throw new AssertionError("no " + rule + " finding on " + column + " in " + table.at("/quality/findings"));
    }
}
