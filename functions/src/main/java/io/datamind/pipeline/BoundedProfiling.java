package io.datamind.pipeline;

import io.datamind.profile.TableProfile;
import io.datamind.scan.TableSchema;
import java.util.concurrent.Semaphore;

/** Lets at most a given number of tables be profiled at once, whatever the number of table workers. */
final class BoundedProfiling implements DocumentedSource.TableProfiling {

    private final DocumentedSource.TableProfiling profiling;
    private final Semaphore permits;

    BoundedProfiling(DocumentedSource.TableProfiling profiling, int concurrency) {
        this.profiling = profiling;
        this.permits = new Semaphore(concurrency, true);
    }

    @Override
    public TableProfile profile(TableSchema schema) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to profile " + schema.table(), e);
        }
        try {
            return profiling.profile(schema);
        } finally {
            permits.release();
        }
    }
}
