package io.datamind.profile;

import io.datamind.scan.TableSchema;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Results of reads that ran on other threads, their failures reported as the table's profile failing. */
final class Futures {

    private Futures() {
    }

    static <T> T await(TableSchema schema, Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " was interrupted", e);
        }
    }
}
