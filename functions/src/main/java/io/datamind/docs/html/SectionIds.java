package io.datamind.docs.html;

import io.datamind.docs.TableFileNames;
import io.datamind.scan.TableRef;

/** Element ids of table sections: "t-" and the table's safe name, so ids are valid, unique and stable across runs. */
final class SectionIds {

    private final TableFileNames names;

    SectionIds(TableFileNames names) {
        this.names = names;
    }

    String of(TableRef table) {
        return names.contains(table) ? "t-" + names.nameOf(table) : "";
    }

    boolean contains(TableRef table) {
        return names.contains(table);
    }
}
