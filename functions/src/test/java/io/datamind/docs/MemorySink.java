package io.datamind.docs;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps rendered files in memory so tests can read them back. */
public final class MemorySink implements DocumentSink {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> contentTypes = new LinkedHashMap<>();

    @Override
    public void put(String relativePath, byte[] content, String contentType) {
        files.put(relativePath, content.clone());
        contentTypes.put(relativePath, contentType);
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public String text(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new AssertionError("not written: " + path + "; written: " + files.keySet());
        }
        return new String(content, StandardCharsets.UTF_8);
    }

    public String contentType(String path) {
        return contentTypes.get(path);
    }
}
