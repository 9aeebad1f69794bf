package io.datamind.classify.validators;

import java.util.regex.Pattern;

/** Addresses of the form local@host.tld, the shape mail systems accept in practice (no quoted local parts). */
public final class EmailValidator {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    private EmailValidator() {
    }

    public static boolean isValid(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0 || at != value.indexOf('@') || value.length() > 254) {
            return false;
        }
        String local = value.substring(0, at);
        return local.length() <= 64 && LOCAL.matcher(local).matches() && DomainValidator.isValid(value.substring(at + 1));
    }
}
