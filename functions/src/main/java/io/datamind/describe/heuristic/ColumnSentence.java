package io.datamind.describe.heuristic;

import java.util.List;
import java.util.Optional;

/**
 * Writes one sentence for a column: subject, key facts in parentheses, the value list after a colon, then the
 * statistic clauses: "Status of the order: one of shipped, pending, cancelled; empty for 3 orders (0.1%)."
 */
public final class ColumnSentence {

    private final List<ColumnSubjectRule> subjects;
    private final KeyQualifiers qualifiers;
    private final StatisticClause valueList;
    private final List<StatisticClause> clauses;

    public ColumnSentence(List<ColumnSubjectRule> subjects, KeyQualifiers qualifiers, StatisticClause valueList,
            List<StatisticClause> clauses) {
        this.subjects = List.copyOf(subjects);
        this.qualifiers = qualifiers;
        this.valueList = valueList;
        this.clauses = List.copyOf(clauses);
    }

    /** The rules in the order they should be tried; the generic subject comes last because it always applies. */
    public static ColumnSentence standard() {
        return new ColumnSentence(
                List.of(new AuditSubject(), new ReferenceSubject(), new PrimaryKeySubject(), new BooleanSubject(),
                        new TemporalSubject(), new IdentifierSubject(), new GenericSubject()),
                new KeyQualifiers(),
                new ValueListClause(),
                List.of(new RangeClause(), new BooleanShareClause(), new UniquenessClause(), new NullClause()));
    }

    public String write(ColumnFacts facts) {
        StringBuilder sentence = new StringBuilder(subject(facts));
        List<String> keys = qualifiers.of(facts);
        if (!keys.isEmpty()) {
            sentence.append(" (").append(String.join("; ", keys)).append(')');
        }
        valueList.clause(facts).ifPresent(values -> sentence.append(": ").append(values));
        for (StatisticClause clause : clauses) {
            clause.clause(facts).ifPresent(c -> sentence.append("; ").append(c));
        }
        return sentence.append('.').toString();
    }

    private String subject(ColumnFacts facts) {
        return subjects.stream().map(rule -> rule.subject(facts)).flatMap(Optional::stream).findFirst()
                .orElse(Text.capitalize(facts.name()));
    }
}
