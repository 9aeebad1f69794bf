package io.datamind.relate;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the links between tables: every declared foreign key, plus inferred candidates for columns no declared key
 * covers, proposed by small name rules (in the spirit of Deequ's constraint suggestion rules) and checked for key
 * type compatibility.
 */
public final class RelationshipFinder {

    private static final Comparator<Relationship> ORDER = Comparator
            .comparing(Relationship::from)
            .thenComparing(r -> String.join(",", r.fromColumns()))
            .thenComparing(Relationship::origin)
            .thenComparing(Relationship::to)
            .thenComparing(r -> String.join(",", r.toColumns()));

    private final List<InferenceRule> rules;

    public RelationshipFinder() {
        this(List.of(new EntityIdRule(), new EntityKeyNameRule(), new SameNameKeyRule(), new RoleEntityIdRule()));
    }

    RelationshipFinder(List<InferenceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Relationship> find(List<TableSchema> tables) {
        KeyTargets targets = new KeyTargets(tables);
        List<Relationship> found = new ArrayList<>();
        for (TableSchema table : tables) {
            table.foreignKeys().forEach(fk -> found.add(declared(table, fk)));
            if (KeyTargets.isTable(table)) {
                for (ColumnSchema column : table.columns()) {
                    if (!coveredByDeclaredKey(table, column)) {
                        CandidateSelection.select(propose(table, column, targets)).forEach(c -> found.add(inferred(c)));
                    }
                }
            }
        }
        found.sort(ORDER);
        return List.copyOf(found);
    }

    private List<Candidate> propose(TableSchema table, ColumnSchema column, KeyTargets targets) {
        return rules.stream()
                .flatMap(rule -> rule.propose(table, column, targets).stream())
                .filter(c -> !pointsAtItself(c))
                .filter(c -> !pointsAtNamesake(c))
                .filter(c -> TypeCompatibility.compatible(column.family(), c.target().key().family()))
                .toList();
    }

    private static boolean pointsAtItself(Candidate c) {
        return c.target().table().table().equals(c.from().table()) && c.target().key().name().equals(c.column().name());
    }

    /** Tables of the same name in other schemas are copies of each other, not parents. */
    private static boolean pointsAtNamesake(Candidate c) {
        return !c.target().table().table().equals(c.from().table())
                && c.target().entity().equals(Names.entityOfTable(c.from().table().name()));
    }

    private static boolean coveredByDeclaredKey(TableSchema table, ColumnSchema column) {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column.name()));
    }

    private static Relationship declared(TableSchema table, ForeignKey fk) {
        return new Relationship(fk.name(), table.table(), fk.columns(), fk.target(), fk.targetColumns(),
                RelationshipOrigin.DECLARED, 1.0, "declared foreign key " + fk.name());
    }

    private static Relationship inferred(Candidate c) {
        String name = c.from().table().key() + "." + c.column().name() + " -> " + c.target().label();
        return new Relationship(name, c.from().table(), List.of(c.column().name()), c.target().table().table(),
                List.of(c.target().key().name()), RelationshipOrigin.INFERRED, c.confidence(), c.evidence());
    }
}
