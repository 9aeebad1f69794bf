package io.datamind.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedProfilingTest {

    @Test
    void noMoreTablesAreProfiledAtOnceThanAllowed() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        DocumentedSource.TableProfiling slow = schema -> {
            most.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inside.decrementAndGet();
            return new TableProfile(schema.table(), false, "stub", 0, 0, List.of());
        };
        BoundedProfiling bounded = new BoundedProfiling(slow, 3);
        ExecutorService workers = Executors.newFixedThreadPool(12);
        try {
            List<Future<TableProfile>> results = new ArrayList<>();
            for (int i = 0; i < 36; i++) {
                TableSchema schema = new TableSchema(new TableRef("s", "t" + i), TableKind.TABLE, null, List.of(), null,
                        List.of(), List.of(), List.of(), null, List.of(), null);
                results.add(workers.submit(() -> bounded.profile(schema)));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get(10, TimeUnit.SECONDS).table()).isEqualTo(new TableRef("s", "t" + i));
            }
        } finally {
            workers.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void profileConcurrencyDefaultsToTwoPerCoreAndNeverExceedsParallelism() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(new RunOptions("s", ProfileOptions.DEFAULTS, 256).profileConcurrency())
                .isEqualTo(Math.max(2, 2 * cores));
        assertThat(new RunOptions("s", ProfileOptions.DEFAULTS, 1).profileConcurrency()).isEqualTo(1);
        assertThat(new RunOptions("s", ProfileOptions.DEFAULTS, 32, 5).profileConcurrency()).isEqualTo(5);
        assertThatThrownBy(() -> new RunOptions("s", ProfileOptions.DEFAULTS, 4, -1))
                .hasMessageContaining("--profile-concurrency");
    }
}
