package io.datamind.classify.validators;

import java.util.Set;
import java.util.regex.Pattern;

/** Machine-made secrets and digests: hex digests, JSON web tokens and long high-entropy base64 strings. */
public final class Tokens {

    /** Lengths of MD5, SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512 digests in hex. */
    private static final Set<Integer> DIGEST_HEX_LENGTHS = Set.of(32, 40, 56, 64, 96, 128);
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{20,}={0,2}");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern PASSWORD_HASH =
            Pattern.compile("(\\$(2[abxy]?|argon2(id|i|d)|scrypt|pbkdf2[-_a-z0-9]*|[156])\\$|pbkdf2_sha\\d+\\$|\\{S?SHA\\d*}).+");

    private Tokens() {
    }

    public static boolean isToken(String value) {
        return isHexDigest(value) || isJwt(value) || isRandomBase64(value);
    }

    public static boolean isHexDigest(String value) {
        return DIGEST_HEX_LENGTHS.contains(value.length()) && HEX.matcher(value).matches()
                && value.chars().anyMatch(Character::isLetter) && value.chars().anyMatch(Character::isDigit);
    }

    public static boolean isJwt(String value) {
        return JWT.matcher(value).matches();
    }

    /** Long base64/base64url strings mixing cases and digits whose characters are close to uniformly spread. */
    public static boolean isRandomBase64(String value) {
        if (value.length() < 20 || !BASE64.matcher(value).matches()) {
            return false;
        }
        boolean upper = value.chars().anyMatch(Character::isUpperCase);
        boolean lower = value.chars().anyMatch(Character::isLowerCase);
        boolean digit = value.chars().anyMatch(Character::isDigit);
        double ceiling = Math.log(Math.min(value.length(), 64)) / Math.log(2);
        return upper && lower && digit && Entropy.bitsPerChar(value) >= 0.8 * ceiling;
    }

    /** Password hashes in modular crypt format (bcrypt, argon2, scrypt, sha-crypt, PBKDF2) or LDAP {SSHA}. */
    public static boolean isPasswordHash(String value) {
        return PASSWORD_HASH.matcher(value).matches();
    }
}
