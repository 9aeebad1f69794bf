package io.datamind.relate;

import io.datamind.scan.TableRef;
import java.util.List;
import java.util.TreeSet;

/** The tables one table is linked to, either way, as the describe step wants them: sorted, without itself. */
public final class Neighbours {

    private Neighbours() {
    }

    public static List<TableRef> of(TableRef table, List<Relationship> relationships) {
        TreeSet<TableRef> out = new TreeSet<>();
        for (Relationship r : relationships) {
            if (r.from().equals(table)) {
                out.add(r.to());
            }
            if (r.to().equals(table)) {
                out.add(r.from());
            }
        }
        out.remove(table);
        return List.copyOf(out);
    }
}
