package io.datamind.classify.validators;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** Absolute web and file-transfer URLs; parsed with {@link URI}, which never touches the network. */
public final class UrlValidator {

    private static final Set<String> SCHEMES = Set.of("http", "https", "ftp", "ftps", "sftp", "ws", "wss");

    private UrlValidator() {
    }

    public static boolean isValid(String value) {
        if (value.indexOf(' ') >= 0) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            return scheme != null && SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) && host != null
                    && (DomainValidator.isValid(host) || Ipv4Validator.isValid(host) || "localhost".equals(host)
                    || (host.startsWith("[") && Ipv6Validator.isValid(host.substring(1, host.length() - 1))));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
