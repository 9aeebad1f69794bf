package io.datamind.describe.heuristic;

import io.datamind.scan.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The key facts shown in parentheses after the subject: "(primary key)", "(references customer)". */
public final class KeyQualifiers {

    public List<String> of(ColumnFacts facts) {
        List<String> out = new ArrayList<>();
        if (facts.isSolePrimaryKey()) {
            out.add("primary key");
        }
        facts.reference().ifPresent(ref -> out.add((ref.declared() ? "references " : "probably references ")
                + ref.targetLabel()));
        Optional<ForeignKey> composite = facts.compositeForeignKey();
        composite.ifPresent(fk -> out.add("part of the reference to "
                + References.label(facts.table().table(), fk.target())));
        if (facts.isInCompositePrimaryKey()) {
            out.add("part of the primary key");
        }
        if (!facts.table().isPrimaryKeyColumn(facts.name()) && facts.isDeclaredUnique()) {
            out.add("unique");
        }
        return out;
    }
}
