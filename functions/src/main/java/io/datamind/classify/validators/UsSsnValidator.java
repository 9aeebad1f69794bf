package io.datamind.classify.validators;

import java.util.regex.Pattern;

/** US Social Security numbers under SSA issuance rules: area not 000/666/9xx, group not 00, serial not 0000. */
public final class UsSsnValidator {

    private static final Pattern DASHED = Pattern.compile("\\d{3}-\\d{2}-\\d{4}");
    private static final Pattern PLAIN = Pattern.compile("\\d{9}");

    private UsSsnValidator() {
    }

    public static boolean isValid(String value) {
        return isDashed(value) ? isIssuable(value.replace("-", "")) : PLAIN.matcher(value).matches() && isIssuable(value);
    }

    public static boolean isDashed(String value) {
        return DASHED.matcher(value).matches();
    }

    private static boolean isIssuable(String digits) {
        String area = digits.substring(0, 3);
        return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9'
                && !digits.substring(3, 5).equals("00") && !digits.substring(5).equals("0000");
    }
}
