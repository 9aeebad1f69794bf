package io.datamind.classify.validators;

/** Dotted-quad IPv4 addresses: four decimal octets 0–255 without leading zeros. Pure parsing, no lookups. */
public final class Ipv4Validator {

    private Ipv4Validator() {
    }

    public static boolean isValid(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (!isOctet(part)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isOctet(String part) {
        if (part.isEmpty() || part.length() > 3 || (part.length() > 1 && part.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return false;
            }
        }
        return Integer.parseInt(part) <= 255;
    }
}
