package io.datamind.describe.heuristic;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Bookkeeping columns: created_at, last_update, updated_by… */
public final class AuditSubject implements ColumnSubjectRule {

    private static final Set<String> CREATED = Set.of("created", "create", "creation", "inserted", "insert");
    private static final Set<String> UPDATED = Set.of("updated", "update", "modified", "modify", "changed");
    private static final Set<String> NOISE = Set.of(
            "last", "date", "dt", "at", "on", "ts", "time", "timestamp", "datetime", "tstamp");

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        List<String> words = facts.words();
        boolean byUser = words.size() > 1 && facts.lastWord().equals("by");
        List<String> core = words.stream().filter(w -> !NOISE.contains(w) && !w.equals("by")).toList();
        if (core.size() != 1) {
            return Optional.empty();
        }
        String event = CREATED.contains(core.get(0)) ? "created" : UPDATED.contains(core.get(0)) ? "last updated" : null;
        if (event == null) {
            return Optional.empty();
        }
        if (byUser) {
            return Optional.of("User who " + event + " the " + facts.entity().singular());
        }
        Optional<TemporalName> temporal = TemporalName.of(words, facts.family());
        String kind = temporal.map(TemporalName::kind).orElse("Date");
        return Optional.of(kind + " the " + facts.entity().singular() + " was " + event);
    }
}
