package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.BooleanText;
import io.datamind.classify.validators.NumberText;
import io.datamind.classify.validators.TextDates;
import io.datamind.classify.validators.Tokens;
import java.util.Optional;

/**
 * Passwords and secrets. Password hashes (bcrypt, argon2, …) identify themselves; plain secrets cannot be
 * validated, so a secret-ish name is enough, provided the values look opaque (not dates, flags or counts,
 * as in {@code password_changed_at} or {@code password_reset_required}).
 */
public final class PasswordOrSecretDetector implements SemanticDetector {

    private static final NameRule NAMES = NameRule.of("password", "passwd", "pwd", "pass hash", "secret",
                    "api key", "apikey", "api token", "access token", "refresh token", "auth token", "bearer token",
                    "private key", "client secret", "credential", "credentials", "secret key", "otp secret", "pin",
                    "passphrase", "webhook secret", "signing key")
            .vetoedBy("at", "on", "date", "time", "ts", "timestamp", "changed", "updated", "expires", "expiry",
                    "expiration", "reset", "required", "count", "attempts", "length", "policy", "type", "strength",
                    "hint", "created", "enabled", "flag", "is", "has", "set", "last", "version", "id", "passport",
                    "passenger", "pass through", "bypass", "compass", "pinned", "pincode", "pin code", "secretary", "secretariat");
    private static final double HASH_SPECIFICITY = 0.95;

    @Override
    public SemanticType type() {
        return SemanticType.PASSWORD_OR_SECRET;
    }

    /** A strong name decides at full confidence; otherwise only password hashes can make a claim. */
    @Override
    public double maxConfidence(ColumnContext column) {
        double nameScore = NAMES.match(column.name()).score();
        return nameScore >= 1 ? 1.0 : Scoring.confidence(nameScore, 1.0, HASH_SPECIFICITY);
    }

    @Override
    public Optional<Candidate> detect(ColumnContext column) {
        NameMatch name = NAMES.match(column.name());
        double hashes = column.shareIfAtLeast(Tokens::isPasswordHash, Scoring.MIN_MATCH_RATIO);
        if (hashes >= Scoring.MIN_MATCH_RATIO) {
            String reason = Scoring.reason(name, hashes, column.values().size(), "password hashes (bcrypt/argon2/scrypt/…)");
            return Optional.of(new Candidate(type(), Scoring.confidence(name.score(), hashes, HASH_SPECIFICITY), hashes,
                    null, reason));
        }
        if (name.score() < 1) {
            return Optional.empty();
        }
        boolean valuesLookSecret = !column.hasValues()
                || column.shareIfAtLeast(PasswordOrSecretDetector::isOpaque, Scoring.MIN_MATCH_RATIO) >= Scoring.MIN_MATCH_RATIO;
        if (!valuesLookSecret) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(type(), 1.0, null, null,
                Scoring.nameReason(name) + "; secret values cannot be validated, the name decides"));
    }

    /** A value that could be a secret: a token, or a 4+ character string that is not a flag, an amount or a date. */
    private static boolean isOpaque(String value) {
        if (Tokens.isToken(value)) {
            return true;
        }
        boolean shaped = value.length() >= 4 && value.chars().noneMatch(Character::isWhitespace);
        boolean amount = value.indexOf('.') >= 0 && NumberText.isNumber(value);
        return shaped && !amount && !BooleanText.isBoolean(value) && !value.equalsIgnoreCase("none")
                && TextDates.patterns().stream().noneMatch(pattern -> pattern.parses(value));
    }
}
