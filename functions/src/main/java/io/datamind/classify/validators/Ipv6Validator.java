package io.datamind.classify.validators;

import org.apache.commons.validator.routines.InetAddressValidator;

/** IPv6 text forms of RFC 4291 §2.2, parsed by Apache Commons Validator; never resolved. */
public final class Ipv6Validator {

    private Ipv6Validator() {
    }

    public static boolean isValid(String value) {
        return value.length() >= 2 && value.length() <= 45 && value.indexOf('%') < 0
                && InetAddressValidator.getInstance().isValidInet6Address(value);
    }
}
