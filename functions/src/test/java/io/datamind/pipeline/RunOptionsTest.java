package io.datamind.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.profile.ProfileOptions;
import org.junit.jupiter.api.Test;

class RunOptionsTest {

    @Test
    void eachWorkerHoldsOneConnectionAndEachProfileInSlicesOnePerSlice() {
        assertThat(new RunOptions("s", ProfileOptions.DEFAULTS, 32, 4).connectionsAtOnce()).isEqualTo(32);
        assertThat(new RunOptions("s", ProfileOptions.DEFAULTS.withParallelSlices(3), 32, 4).connectionsAtOnce())
                .isEqualTo(32 + 4 * 2);
    }

    @Test
    void profileConcurrencyNeverExceedsParallelism() {
        RunOptions options = new RunOptions("s", ProfileOptions.DEFAULTS.withParallelSlices(2), 2, 8);
        assertThat(options.profileConcurrency()).isEqualTo(2);
        assertThat(options.connectionsAtOnce()).isEqualTo(4);
    }
}
