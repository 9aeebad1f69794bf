package io.datamind.classify.validators;

import org.apache.commons.validator.routines.InetAddressValidator;

/** Dotted-quad IPv4 addresses; pure parsing (Apache Commons Validator), no lookups, no leading zeros. */
public final class Ipv4Validator {

    private Ipv4Validator() {
    }

    public static boolean isValid(String value) {
        return InetAddressValidator.getInstance().isValidInet4Address(value) && !hasLeadingZero(value);
    }

    /** "010.1.1.1" is ambiguous (octal in some parsers), so data holding it is not treated as addresses. */
    private static boolean hasLeadingZero(String value) {
        for (String octet : value.split("\\.")) {
            if (octet.length() > 1 && octet.charAt(0) == '0') {
                return true;
            }
        }
        return false;
    }
}
