package io.datamind.classify.detect;

import io.datamind.classify.SemanticType;
import io.datamind.classify.validators.Tokens;

public final class HashOrTokenDetector extends ValidatedDetector {

    public HashOrTokenDetector() {
        super(SemanticType.HASH_OR_TOKEN, NameRule.of("hash", "sha1", "sha256", "sha512", "md5", "checksum", "digest",
                "fingerprint", "etag", "signature", "nonce", "salt").weak(0.6, "token", "key", "session"),
                "hex digests, JWTs or high-entropy base64 strings");
    }

    @Override
    protected boolean appliesTo(ColumnContext column) {
        return column.isTextual();
    }

    @Override
    protected boolean accepts(String value) {
        return Tokens.isToken(value);
    }

    @Override
    protected double maxValueSpecificity() {
        return 0.85;
    }
}
