package io.datamind.describe.heuristic;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Verbs that name events in date columns ("return_date", "shipped_at") and their past participles. */
public final class Verbs {

    private static final Map<String, String> PARTICIPLES = Map.ofEntries(
            Map.entry("return", "returned"), Map.entry("create", "created"), Map.entry("update", "updated"),
            Map.entry("modify", "modified"), Map.entry("delete", "deleted"), Map.entry("ship", "shipped"),
            Map.entry("deliver", "delivered"), Map.entry("pay", "paid"), Map.entry("close", "closed"),
            Map.entry("open", "opened"), Map.entry("cancel", "cancelled"), Map.entry("complete", "completed"),
            Map.entry("finish", "finished"), Map.entry("resolve", "resolved"), Map.entry("approve", "approved"),
            Map.entry("reject", "rejected"), Map.entry("submit", "submitted"), Map.entry("publish", "published"),
            Map.entry("release", "released"), Map.entry("hire", "hired"), Map.entry("register", "registered"),
            Map.entry("expire", "expired"), Map.entry("archive", "archived"), Map.entry("book", "booked"),
            Map.entry("receive", "received"), Map.entry("send", "sent"), Map.entry("process", "processed"),
            Map.entry("confirm", "confirmed"), Map.entry("verify", "verified"), Map.entry("activate", "activated"),
            Map.entry("deactivate", "deactivated"), Map.entry("refund", "refunded"), Map.entry("settle", "settled"),
            Map.entry("issue", "issued"), Map.entry("schedule", "scheduled"), Map.entry("sign", "signed"),
            Map.entry("terminate", "terminated"), Map.entry("dispatch", "dispatched"), Map.entry("load", "loaded"));

    /** Events that end something: while the date is empty the row is still open. */
    private static final Set<String> CLOSING = Set.of(
            "return", "close", "complete", "finish", "resolve", "settle", "terminate");

    /** Bookkeeping events: an empty date says nothing about the row's life cycle. */
    private static final Set<String> BOOKKEEPING = Set.of("create", "update", "modify", "load");

    private Verbs() {
    }

    /** The base verb of a word that is a known verb or its participle ("returned" → "return"). */
    public static Optional<String> baseOf(String word) {
        if (PARTICIPLES.containsKey(word)) {
            return Optional.of(word);
        }
        return PARTICIPLES.entrySet().stream().filter(e -> e.getValue().equals(word)).map(Map.Entry::getKey)
                .findFirst();
    }

    public static String participle(String verb) {
        return PARTICIPLES.getOrDefault(verb, verb);
    }

    public static boolean closes(String verb) {
        return CLOSING.contains(verb);
    }

    public static boolean isBookkeeping(String verb) {
        return BOOKKEEPING.contains(verb);
    }
}
