package io.datamind.classify.validators;

import java.util.regex.Pattern;

/** Host names by RFC 1123 labels with an alphabetic top-level label; never resolved. */
public final class DomainValidator {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private DomainValidator() {
    }

    public static boolean isValid(String value) {
        String host = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (host.length() > 253) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
