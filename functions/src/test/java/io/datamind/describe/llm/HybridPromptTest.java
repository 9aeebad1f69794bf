package io.datamind.describe.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.classify.ValueMasker;
import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Profiles;
import io.datamind.describe.TableBuilder;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The prompt of a hybrid profile states the NULL share, extremes and rows counted over every row, under the keys a
 * sample's prompt uses: the same facts cost the same tokens, only truer.
 */
class HybridPromptTest {

    private static final TableRef ORDERS = new TableRef("shop", "orders");
    private static final long SAMPLE = 2_000;
    private static final long ROWS = 1_234_567;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PromptBuilder prompts =
            new PromptBuilder(new SampleFilter(SamplePolicy.RAW, new ValueMasker()), null, null);

    private static TableSchema orders() {
        return TableBuilder.table("shop", "orders").column("amount", TypeFamily.DECIMAL)
                .column("shipped_at", TypeFamily.TIMESTAMP).column("discount", TypeFamily.FLOAT)
                .estimatedRows(900_000).build();
    }

    /** The sample saw no NULL and none of the extremes; {@code counted} adds what the totals found over every row. */
    private static TableProfile profile(boolean counted) {
        ColumnProfile amount = Profiles.numeric("amount", TypeFamily.DECIMAL, SAMPLE, 0, 900, 0.99, 11.99);
        ColumnProfile shipped = Profiles.temporal("shipped_at", TypeFamily.TIMESTAMP, SAMPLE, 0,
                "2024-01-01T00:00:00", "2024-06-30T00:00:00");
        ColumnProfile discount = Profiles.numeric("discount", TypeFamily.FLOAT, SAMPLE, 0, 50, 0, 0.5);
        if (!counted) {
            return Profiles.sampled(ORDERS, SAMPLE, amount, shipped, discount);
        }
        return Profiles.hybrid(ORDERS, SAMPLE, ROWS,
                amount.withTotals(new ColumnTotals(308_642, 0.25, new ColumnTotals.NumberRange(0, 999.99),
                        null, null, null, null)),
                shipped.withTotals(new ColumnTotals(0, 0.0, null,
                        new ColumnTotals.TimeRange("2019-03-02T08:00:00", "2024-12-31T23:59:59"), null, null, null)),
                discount.withTotals(new ColumnTotals(0, 0.0, null, null, null, null, null)));
    }

    private JsonNode prompt(boolean counted) throws Exception {
        DescribeRequest request = new DescribeRequest(orders(), profile(counted), List.of());
        String user = prompts.user(request, request.schema().columns());
        return JSON.readTree(user.substring(user.indexOf('\n') + 1));
    }

    @Test
    void theFiguresOfEveryRowReplaceTheSamplesUnderTheSameKeys() throws Exception {
        JsonNode hybrid = prompt(true);
        JsonNode sample = prompt(false);

        assertThat(hybrid.get("rows").asLong()).isEqualTo(1_200_000);
        assertThat(sample.get("rows").asLong()).isEqualTo(900_000);
        JsonNode amount = hybrid.get("columns").get(0);
        assertThat(amount.get("nullShare").asDouble()).isEqualTo(0.25);
        assertThat(amount.get("min").asText()).isEqualTo("0");
        assertThat(amount.get("max").asText()).isEqualTo("999.99");
        JsonNode shipped = hybrid.get("columns").get(1);
        assertThat(shipped.get("min").asText()).isEqualTo("2019-03-02T08:00:00");
        assertThat(shipped.get("max").asText()).isEqualTo("2024-12-31T23:59:59");
        assertThat(hybrid.get("columns").get(2).has("min")).as("NaN or an infinity: no range holds").isFalse();

        JsonNode sampledAmount = sample.get("columns").get(0);
        assertThat(sampledAmount.get("nullShare").asDouble()).isEqualTo(0.0);
        assertThat(sampledAmount.get("min").asText()).isEqualTo("0.99");
        assertThat(sampledAmount.get("max").asText()).isEqualTo("11.99");
        assertThat(sample.get("columns").get(2).get("max").asText()).isEqualTo("0.5");
    }

    @Test
    void aHybridPromptUsesNoKeyASamplesPromptDoesNot() throws Exception {
        assertThat(keys(prompt(true))).isSubsetOf(keys(prompt(false)));
    }

    private static List<String> keys(JsonNode table) {
        List<String> keys = new ArrayList<>();
        table.fieldNames().forEachRemaining(keys::add);
        for (JsonNode column : table.get("columns")) {
            column.fieldNames().forEachRemaining(name -> keys.add(column.get("name").asText() + "." + name));
        }
        return keys;
    }
}
