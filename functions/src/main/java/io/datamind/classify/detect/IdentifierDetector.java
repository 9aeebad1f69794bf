package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Keys and identifiers: a name such as {@code id}, {@code order_id}, {@code api_key}, {@code sku_code} over
 * compact values. Unique columns are primary or natural keys; repeated {@code *_id} values are foreign keys.
 * Deliberately below value-checked types so {@code country_code} stays a country and {@code user_uuid} a UUID.
 */
public final class IdentifierDetector implements SemanticDetector {

    private static final Set<String> KEY_WORDS = Set.of("id", "key", "uuid", "guid", "ref", "pk", "fk", "code", "sku",
            "identifier", "oid", "rowid");
    private static final double UNIQUE = 0.9;

    @Override
    public SemanticType type() {
        return SemanticType.IDENTIFIER;
    }

    /** The confidence of a unique single-word key, every value compact. */
    @Override
    public double maxConfidence(ColumnContext column) {
        return 0.82;
    }

    @Override
    public Optional<Candidate> detect(ColumnContext column) {
        String last = column.name().lastToken();
        if (!KEY_WORDS.contains(last) || !column.hasValues()) {
            return Optional.empty();
        }
        double ratio = column.share(IdentifierDetector::isCompact);
        if (ratio < Scoring.MIN_MATCH_RATIO) {
            return Optional.empty();
        }
        double uniqueness = column.uniqueness();
        double confidence;
        if (uniqueness >= UNIQUE) {
            confidence = column.name().tokens().size() == 1 ? 0.82 : 0.8;
        } else {
            confidence = last.equals("code") ? 0.5 : 0.7;
        }
        String reason = String.format(Locale.ROOT, "name ends with '%s'; %.1f%% of values distinct", last, uniqueness * 100);
        return Optional.of(new Candidate(type(), confidence * ratio, ratio, null, reason));
    }

    private static boolean isCompact(String value) {
        return value.length() <= 64 && value.chars().noneMatch(Character::isWhitespace);
    }
}
