package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import java.util.Arrays;

/**
 * Prose: sentences of several words with lower-case words among them, mostly different from each other.
 * An e-mail address inside a comment does not make the comment an e-mail column.
 */
public final class FreeTextDetector extends ValidatedDetector {

    private static final int MIN_WORDS = 5;
    private static final int MIN_LENGTH = 25;
    private static final double MIN_UNIQUENESS = 0.5;

    public FreeTextDetector() {
        super(SemanticType.FREE_TEXT, NameRule.of("description", "desc", "comment", "comments", "notes", "note",
                "body", "text", "message", "review", "remarks", "summary", "bio", "content", "feedback", "details",
                "narrative", "abstract", "reason", "explanation"), "prose (5+ words)");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual() && column.uniqueness() >= MIN_UNIQUENESS;
    }

    @Override
    protected boolean accepts(String value) {
        if (value.length() < MIN_LENGTH) {
            return false;
        }
        String[] words = value.split("\\s+");
        long lowerWords = Arrays.stream(words).filter(word -> word.chars().allMatch(Character::isLowerCase)).count();
        return words.length >= MIN_WORDS && lowerWords >= 2;
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.8;
    }
}
