package io.datamind.classify.validators;

/** Absolute web and file-transfer URLs, checked by Apache Commons Validator without touching the network. */
public final class UrlValidator {

    private static final org.apache.commons.validator.routines.UrlValidator URL =
            new org.apache.commons.validator.routines.UrlValidator(
                    new String[] {"http", "https", "ftp", "ftps", "sftp", "ws", "wss"},
                    org.apache.commons.validator.routines.UrlValidator.ALLOW_LOCAL_URLS);

    private UrlValidator() {
    }

    public static boolean isValid(String value) {
        // A URL without a ":" has no scheme, which Commons rejects after parsing it as a URI: ask first.
        return value.indexOf(':') >= 0 && URL.isValid(value);
    }
}
