package io.datamind.pipeline;

import io.datamind.docs.SourceInfo;
import io.datamind.scan.TableRef;
import java.util.List;

/** Output of the plan step: the source and the tables to document, in a stable order. */
public record Plan(SourceInfo source, List<TableRef> tables) {
    public Plan {
        tables = List.copyOf(tables);
    }
}
