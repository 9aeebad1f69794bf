package io.datamind.profile;

import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * What profiling one slice of a table accumulated, before classification: serialisable (Jackson; sketches as
 * base64), so slices profiled by separate invocations can be stored (S3) and merged by {@link TableProfiler#merge}.
 *
 * @param rows rows of the slice that were read
 */
public record PartialProfile(TableRef table, TableSlice slice, boolean sampled, String method, long rows,
                             long durationMs, List<ColumnState> columns) {

    public PartialProfile {
        columns = List.copyOf(columns);
    }

    /** The partials of every slice of one plan of {@code schema}, by slice index; refuses a missing or repeated slice. */
    static List<PartialProfile> inPlanOrder(TableSchema schema, List<PartialProfile> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("no partial profile of " + schema.table() + " to merge");
        }
        int count = parts.get(0).slice().count();
        PartialProfile[] byIndex = new PartialProfile[count];
        for (PartialProfile part : parts) {
            if (!part.table().equals(schema.table()) || part.slice().count() != count
                    || part.columns().size() != schema.columns().size()) {
                throw new IllegalArgumentException("partial profile of " + part.table() + " slice " + part.slice()
                        + " does not belong to a " + count + "-slice plan of " + schema.table());
            }
            if (byIndex[part.slice().index()] != null) {
                throw new IllegalArgumentException("slice " + part.slice().index() + " of " + schema.table() + " given twice");
            }
            byIndex[part.slice().index()] = part;
        }
        for (int i = 0; i < count; i++) {
            if (byIndex[i] == null) {
                throw new IllegalArgumentException("slice " + i + " of " + count + " of " + schema.table() + " is missing");
            }
        }
        return List.of(byIndex);
    }
}
