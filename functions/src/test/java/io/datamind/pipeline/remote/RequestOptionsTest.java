package io.datamind.pipeline.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.docs.Json;
import io.datamind.profile.ProfileMode;
import org.junit.jupiter.api.Test;

/** options.describer in the execution input: the one way a run overrides the deployment's describer. */
class RequestOptionsTest {

    @Test
    void theRunInputCanAskForTheOfflineDescriber() throws Exception {
        RunRequest request = Json.mapper().readValue(
                "{\"sourceId\":\"shop\",\"options\":{\"describer\":\"Heuristic\"}}", RunRequest.class);

        RequestOptions options = request.options().over(RequestOptions.DEFAULTS);

        assertThat(options).isEqualTo(new RequestOptions(ProfileMode.AUTO, 30_000L, 10, "heuristic"));
        assertThat(options.offlineDescriber()).isTrue();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(options), RequestOptions.class)).isEqualTo(options);
    }

    @Test
    void withoutADescriberTheDeploymentDecides() throws Exception {
        RequestOptions options = Json.mapper().readValue("{\"mode\":\"sample\"}", RequestOptions.class);

        assertThat(options.describer()).isNull();
        assertThat(options.offlineDescriber()).isFalse();
        assertThat(Json.mapper().writeValueAsString(options)).doesNotContain("describer");
        assertThat(new RequestOptions(null, null, null, "model").offlineDescriber()).isFalse();
    }

    @Test
    void aHybridRunCountsTotalsWhereItSamples() throws Exception {
        RequestOptions options = Json.mapper().readValue("{\"mode\":\"hybrid\"}", RequestOptions.class);

        assertThat(options.mode()).isEqualTo(ProfileMode.HYBRID);
        assertThat(options.profileOptions().mode()).isEqualTo(ProfileMode.HYBRID);
        assertThat(Json.mapper().writeValueAsString(options)).contains("\"mode\":\"hybrid\"");
    }

    @Test
    void anUnknownDescriberIsRejected() {
        assertThatThrownBy(() -> new RequestOptions(null, null, null, "gpt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("options.describer");
    }

    @Test
    void theRunInputMaySetATokenBudgetThatWinsOverTheSourceOptions() throws Exception {
        RequestOptions options = Json.mapper().readValue("{\"tokenBudget\":50000}", RequestOptions.class)
                .over(new RequestOptions(ProfileMode.AUTO, 10L, 4, null, 9L));

        assertThat(options).isEqualTo(new RequestOptions(ProfileMode.AUTO, 10L, 4, null, 50_000L));
        assertThat(RunDescribers.heuristicOnly().tokenBudget(options)).isEqualTo(50_000);
        assertThat(RunDescribers.heuristicOnly().tokenBudget(RequestOptions.DEFAULTS)).isZero();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(options), RequestOptions.class)).isEqualTo(options);
        assertThatThrownBy(() -> new RequestOptions(null, null, null, null, -1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("options.tokenBudget");
    }

    @Test
    void theRunInputMaySetRowsPerProfileInvocationThatWinsOverTheSourceOptions() throws Exception {
        RequestOptions options = Json.mapper().readValue("{\"profileRowsPerInvocation\":15000}", RequestOptions.class)
                .over(new RequestOptions(ProfileMode.FULL, 10L, 4, null, null, null, 1_000_000L));

        assertThat(options.profileRowsPerInvocation()).isEqualTo(15_000L);
        assertThat(options.mode()).isEqualTo(ProfileMode.FULL);
        assertThat(new RequestOptions(null, null, null).over(options).profileRowsPerInvocation()).isEqualTo(15_000L);
        assertThat(RequestOptions.DEFAULTS.profileRowsPerInvocation()).as("the deployment decides").isNull();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(options), RequestOptions.class)).isEqualTo(options);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"profileRowsPerInvocation\":0}", RequestOptions.class))
                .hasMessageContaining("options.profileRowsPerInvocation must be positive");
    }

    @Test
    void theRunInputMaySetBytesPerProfileInvocationThatWinsOverTheSourceOptions() throws Exception {
        RequestOptions options = Json.mapper().readValue("{\"profileBytesPerInvocation\":65536}", RequestOptions.class)
                .over(new RequestOptions(ProfileMode.FULL, null, null, null, null, null, 1_000L, 1L << 30));

        assertThat(options.profileBytesPerInvocation()).isEqualTo(65_536L);
        assertThat(options.profileRowsPerInvocation()).as("from the fallback").isEqualTo(1_000L);
        assertThat(new RequestOptions(null, null, null).over(options).profileBytesPerInvocation()).isEqualTo(65_536L);
        assertThat(RequestOptions.DEFAULTS.profileBytesPerInvocation()).as("the deployment decides").isNull();
        assertThat(Json.mapper().readValue(Json.mapper().writeValueAsString(options), RequestOptions.class)).isEqualTo(options);
        assertThatThrownBy(() -> Json.mapper().readValue("{\"profileBytesPerInvocation\":0}", RequestOptions.class))
                .hasMessageContaining("options.profileBytesPerInvocation must be positive");
    }
}
