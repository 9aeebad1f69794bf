package io.datamind.pipeline.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.docs.Json;
import io.datamind.pipeline.DocumentedSource;
import io.datamind.pipeline.Plan;
import io.datamind.pipeline.SliceBudget;
import io.datamind.profile.FileRange;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableSlice;
import io.datamind.quality.ExampleMasker;
import io.datamind.quality.QualityAssessor;
import io.datamind.quality.QualityInput;
import io.datamind.quality.TableQuality;
import io.datamind.profile.ProfileMode;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How many slices the scan step asks for, and the Map items' JSON (the state machine's Choice tests for the key). */
class SlicedProfileStepsTest {

    private final SlicedProfileSteps steps = new SlicedProfileSteps(null, null, null, 20_000_000);

    @Test
    void asksForRowsDividedByRowsPerInvocationRoundedUpAtMost64() {
        RequestOptions deployment = new RequestOptions(ProfileMode.FULL, null, null, null, null, null, null);
        assertThat(wanted(table(130_000_000L), RequestOptions.DEFAULTS))
                .as("auto mode samples a table this large, and a sample is read in one invocation").isEqualTo(1);
        assertThat(wanted(table(20_000_000L), deployment)).isEqualTo(1);
        assertThat(wanted(table(20_000_001L), deployment)).isEqualTo(2);
        assertThat(wanted(table(130_000_000L), deployment)).isEqualTo(7);
        assertThat(wanted(table(1_000_000_000_000L), deployment)).isEqualTo(SlicedProfileSteps.MAX_SLICES);
        assertThat(wanted(table(null), deployment)).as("unknown size").isEqualTo(1);
        RequestOptions run = new RequestOptions(ProfileMode.FULL, null, null, null, null, null, 15_000L);
        assertThat(wanted(table(50_000L), run)).as("the run's option wins").isEqualTo(4);
        assertThatThrownBy(() -> new SlicedProfileSteps(null, null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRunsRowsAndBytesPerInvocationWinOverTheDeployments() {
        SlicedProfileSteps deployment = new SlicedProfileSteps(null, null, null, new SliceBudget(1_000, 2_000));
        assertThat(deployment.budget(RequestOptions.DEFAULTS)).isEqualTo(new SliceBudget(1_000, 2_000));
        assertThat(deployment.budget(new RequestOptions(null, null, null, null, null, null, null, 500L)))
                .isEqualTo(new SliceBudget(1_000, 500));
        assertThat(deployment.budget(new RequestOptions(null, null, null, null, null, null, 300L, null)))
                .isEqualTo(new SliceBudget(300, 2_000));
        assertThat(steps.budget(RequestOptions.DEFAULTS).bytesPerInvocation())
                .isEqualTo(SlicedProfileSteps.DEFAULT_BYTES_PER_INVOCATION).isEqualTo(1L << 30);
        assertThatThrownBy(() -> new SliceBudget(1, 0)).hasMessageContaining("bytes per invocation must be positive");
    }

    @Test
    void aSlicePlanKeepsItsSqlPredicateOrItsFileRangeThroughJson() throws Exception {
        TableSlice rows = Json.mapper().readValue("{\"index\":0,\"count\":2,\"predicate\":\"id < 10\",\"label\":\"ids\"}",
                TableSlice.class);
        assertThat(rows).as("a plan stored before file slices existed").isEqualTo(new TableSlice(0, 2, "id < 10", "ids"));
        assertThat(rows.whole()).isFalse();
        TableSlice bytes = new TableSlice(1, 2, new FileRange(FileRange.Unit.BYTES, 512, 1024, 1024), "bytes 512–1023");
        String json = Json.mapper().writeValueAsString(bytes);
        assertThat(json).contains("\"range\":{\"unit\":\"bytes\",\"start\":512,\"end\":1024,\"fileBytes\":1024}");
        assertThat(Json.mapper().readValue(json, TableSlice.class)).isEqualTo(bytes);
        assertThat(TableSlice.WHOLE.whole()).isTrue();
        assertThatThrownBy(() -> new FileRange(FileRange.Unit.ROW_GROUPS, 3, 3, 10)).hasMessageContaining("not a file range");
    }

    /** What a source that splits by estimated rows (a database) asks for: the default of {@link DocumentedSource}. */
    private int wanted(TableSchema schema, RequestOptions options) {
        return BY_ROWS.wantedSlices(schema, options.profileOptions(), steps.budget(options));
    }

    private static final DocumentedSource BY_ROWS = new DocumentedSource() {
        @Override
        public Plan plan(String sourceName) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TableSchema scan(TableRef table) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TableProfiling profiling(ProfileOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public TableQuality assess(QualityAssessor assessor, QualityInput input, ExampleMasker masker) {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void anItemHasSlicesOnlyWhenSplit() throws Exception {
        TableTask whole = new TableTask("run-1", "shop", new TableRef("sales", "orders"));
        assertThat(Json.mapper().writeValueAsString(whole)).doesNotContain("slices");
        assertThat(whole.withSlices(List.of()).sliced()).isFalse();

        TableTask sliced = whole.withSlices(List.of(new SliceRef(0, 2), new SliceRef(1, 2)));
        String json = Json.mapper().writeValueAsString(sliced);
        assertThat(json).contains("\"slices\":[{\"index\":0,\"count\":2},{\"index\":1,\"count\":2}]");
        assertThat(Json.mapper().readValue(json, TableTask.class)).isEqualTo(sliced);
        assertThat(Json.mapper().readValue(json, FailedTableTask.class).task()).isEqualTo(whole);
        assertThatThrownBy(() -> new SliceRef(2, 2)).hasMessageContaining("slice 2 of 2 does not exist");
        assertThat(new SliceRef(1, 4)).hasToString("slice 1 of 4");
    }

    private static TableSchema table(Long rows) {
        return new TableSchema(new TableRef("sales", "orders"), TableKind.TABLE, null, List.of(), null, List.of(), List.of(),
                List.of(), rows == null ? null : RowCount.estimated(rows), List.of(), null);
    }
}
