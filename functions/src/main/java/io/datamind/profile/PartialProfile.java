package io.datamind.profile;

import io.datamind.scan.TableRef;
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
}
