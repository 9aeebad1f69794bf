package io.datamind.docs;

import io.datamind.describe.TableDescription;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;

/** Everything known about one table: the outputs of its steps. Any of them may be null when a step failed. */
public record TableEntry(
        TableRef table,
        TableSchema schema,
        TableProfile profile,
        TableDescription description,
        TableFailure failure) {
}
