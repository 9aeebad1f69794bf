package io.datamind.drift;

import io.datamind.docs.TableEntry;
import java.util.List;

/** One family of changes found by comparing the same table in two runs; both entries have a schema. */
interface TableDriftRule {

    List<Change> compare(TableEntry before, TableEntry after, DriftThresholds thresholds);
}
