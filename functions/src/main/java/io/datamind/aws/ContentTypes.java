package io.datamind.aws;

import java.util.Locale;
import java.util.Map;

/** Content-Type by file extension, for files handed over without one; browsers need it to show S3 objects inline. */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "json", "application/json",
            "md", "text/markdown; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "htm", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "csv", "text/csv; charset=utf-8",
            "txt", "text/plain; charset=utf-8",
            "svg", "image/svg+xml",
            "zip", "application/zip");

    private ContentTypes() {
    }

    static String forPath(String path) {
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
    }
}
