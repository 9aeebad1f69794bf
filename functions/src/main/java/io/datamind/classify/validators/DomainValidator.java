package io.datamind.classify.validators;

/** Host names whose top-level domain is in the IANA list (Apache Commons Validator); never resolved. */
public final class DomainValidator {

    private static final org.apache.commons.validator.routines.DomainValidator DOMAIN =
            org.apache.commons.validator.routines.DomainValidator.getInstance(false);

    private DomainValidator() {
    }

    /** Needs at least two labels: a bare top-level domain ("com") is not a host name in data. */
    public static boolean isValid(String value) {
        String host = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        return host.indexOf('.') > 0 && DOMAIN.isValid(host);
    }
}
