package io.datamind.describe.heuristic;

import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A date or time column read as "when did what happen": {@code return_date} → event word "return".
 *
 * @param eventWords the name's words without the trailing date/time word ("return"), possibly empty
 * @param verb       the event verb in base form when the name holds one ("return"), else empty
 */
public record TemporalName(String kind, List<String> eventWords, Optional<String> verb) {

    private static final Set<String> TIME_WORDS = Set.of(
            "date", "dt", "at", "on", "ts", "time", "timestamp", "datetime", "tstamp");

    public TemporalName {
        eventWords = List.copyOf(eventWords);
    }

    /** Present for columns of a date/time type, or whose name ends in a date/time word. */
    public static Optional<TemporalName> of(List<String> words, TypeFamily family) {
        boolean temporalType = family == TypeFamily.DATE || family == TypeFamily.TIMESTAMP || family == TypeFamily.TIME;
        boolean temporalName = !words.isEmpty() && TIME_WORDS.contains(words.get(words.size() - 1));
        boolean plausibleType = temporalType || family == TypeFamily.TEXT || family == TypeFamily.INTEGER;
        if (!temporalType && !(temporalName && plausibleType)) {
            return Optional.empty();
        }
        List<String> event = temporalName ? words.subList(0, words.size() - 1) : words;
        Optional<String> verb = event.isEmpty() ? Optional.empty() : Verbs.baseOf(event.get(event.size() - 1));
        return Optional.of(new TemporalName(kind(family), event, verb));
    }

    /** Timestamps read as dates too: the column type already tells the precision. */
    private static String kind(TypeFamily family) {
        return family == TypeFamily.TIME ? "Time" : "Date";
    }
}
