package io.datamind.profile;

import io.datamind.scan.TableRef;
import java.util.List;
import java.util.Optional;

/**
 * Output of the profile step.
 *
 * @param sampled      true when only a database-side sample was read; every figure then describes the sample
 * @param method       how rows were read: "full scan" or the sampling clause used
 * @param rowsProfiled rows actually read
 * @param durationMs   reading and classifying the rows (of a table profiled in slices: the slices' summed reading
 *                     time plus classifying)
 */
public record TableProfile(
        TableRef table,
        boolean sampled,
        String method,
        long rowsProfiled,
        long durationMs,
        List<ColumnProfile> columns) {

    public TableProfile {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.column().equals(name)).findFirst();
    }
}
