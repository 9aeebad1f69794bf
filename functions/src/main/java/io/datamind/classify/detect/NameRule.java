package io.datamind.classify.detect;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The column names that suggest a type. Phrases are compared without separators, so "birth_date", "birthDate"
 * and "birthdate" all match "birth date"; a phrase of four letters or more also matches inside a longer word
 * ("customeremail"). A veto word ("email_verified") cancels the match.
 *
 * @param weakScore score of a weak phrase; a strong phrase scores 1
 */
public record NameRule(Set<String> strong, Set<String> weak, double weakScore, Set<String> vetoes) {

    private static final int MAX_WORDS = 4;
    private static final int MIN_LENGTH_INSIDE_WORD = 4;

    public NameRule {
        strong = Set.copyOf(strong);
        weak = Set.copyOf(weak);
        vetoes = Set.copyOf(vetoes);
    }

    public static NameRule of(String... phrases) {
        return new NameRule(compact(phrases), Set.of(), 0.5, Set.of());
    }

    public NameRule weak(double score, String... phrases) {
        return new NameRule(strong, compact(phrases), score, vetoes);
    }

    public NameRule vetoedBy(String... words) {
        return new NameRule(strong, weak, weakScore, compact(words));
    }

    public NameMatch match(ColumnName name) {
        List<String> runs = name.compactRuns(MAX_WORDS);
        for (String run : runs) {
            if (vetoes.contains(run)) {
                return NameMatch.NONE;
            }
        }
        String strongHit = firstHit(name, runs, strong);
        if (strongHit != null) {
            return new NameMatch(1.0, strongHit);
        }
        String weakHit = firstHit(name, runs, weak);
        return weakHit == null ? NameMatch.NONE : new NameMatch(weakScore, weakHit);
    }

    private static String firstHit(ColumnName name, List<String> runs, Set<String> phrases) {
        for (String run : runs) {
            if (phrases.contains(run)) {
                return run;
            }
        }
        for (String token : name.tokens()) {
            for (String phrase : phrases) {
                if (phrase.length() >= MIN_LENGTH_INSIDE_WORD && token.length() > phrase.length()
                        && (token.startsWith(phrase) || token.endsWith(phrase))) {
                    return phrase;
                }
            }
        }
        return null;
    }

    private static Set<String> compact(String... phrases) {
        return Arrays.stream(phrases)
                .map(phrase -> phrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))
                .collect(Collectors.toUnmodifiableSet());
    }
}
