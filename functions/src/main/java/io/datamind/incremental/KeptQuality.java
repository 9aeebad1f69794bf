package io.datamind.incremental;

import io.datamind.docs.TableEntry;
import io.datamind.relate.Relationship;
import io.datamind.scan.TableRef;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a reused table may also keep its quality findings instead of running the quality rules (whose SQL checks,
 * such as duplicate rows, read the whole table) again. Findings depend on the table and on the tables it is related
 * to (orphan rows), so they are kept only when the table's relationships are the same as in the previous run and
 * every table at their other end was reused too. Time-based findings (a stale table) are then as of the previous run.
 */
public final class KeptQuality {

    private KeptQuality() {
    }

    public static boolean applies(TableEntry entry, PreviousTable previous, List<Relationship> relationships,
                                  Set<TableRef> reusedTables) {
        if (entry.reusedFrom() == null || entry.quality() == null || previous == null) {
            return false;
        }
        List<Relationship> now = touching(relationships, entry.table());
        if (!new HashSet<>(now).equals(new HashSet<>(previous.relationships()))) {
            return false;
        }
        return now.stream().allMatch(r -> reusedTables.contains(r.from()) && reusedTables.contains(r.to()));
    }

    /** The relationships from or to {@code table}. */
    public static List<Relationship> touching(List<Relationship> relationships, TableRef table) {
        return relationships.stream()
                .filter(r -> Objects.equals(r.from(), table) || Objects.equals(r.to(), table))
                .toList();
    }
}
