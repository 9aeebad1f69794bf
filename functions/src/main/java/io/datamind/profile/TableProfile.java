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
 *                     time plus classifying; of a hybrid profile: the sample's, see {@code totals} for the rest)
 * @param totals       null unless this is a hybrid profile: a sampled profile whose columns also carry figures counted
 *                     over every row ({@link ColumnProfile#totals()})
 */
public record TableProfile(
        TableRef table,
        boolean sampled,
        String method,
        long rowsProfiled,
        long durationMs,
        List<ColumnProfile> columns,
        TableTotals totals) {

    public TableProfile {
        columns = List.copyOf(columns);
    }

    /** A profile whose every figure describes the rows read. */
    public TableProfile(TableRef table, boolean sampled, String method, long rowsProfiled, long durationMs,
                        List<ColumnProfile> columns) {
        this(table, sampled, method, rowsProfiled, durationMs, columns, null);
    }

    /** Rows of the table, known exactly: counted over every row, or every row was read. */
    public Optional<Long> exactRows() {
        if (totals != null) {
            return Optional.of(totals.rows());
        }
        return sampled ? Optional.empty() : Optional.of(rowsProfiled);
    }

    public Optional<ColumnProfile> column(String name) {
        return columns.stream().filter(c -> c.column().equals(name)).findFirst();
    }
}
