package io.datamind.describe;

import io.datamind.profile.TableProfile;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * Input of the describe step.
 *
 * @param profile    null when profiling failed or was skipped; describers then work from the schema alone
 * @param neighbours tables this one references or is referenced by, for context
 */
public record DescribeRequest(TableSchema schema, TableProfile profile, List<TableRef> neighbours) {
    public DescribeRequest {
        neighbours = neighbours == null ? List.of() : List.copyOf(neighbours);
    }
}
