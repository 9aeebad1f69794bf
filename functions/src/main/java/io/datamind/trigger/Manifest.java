package io.datamind.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.files.FileFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A dataset's {@code _manifest.json}: the marker that the dataset folder is complete. It is a JSON object, either
 * {@code {}} or {@code {"files": ["orders.csv", "2026/customers.csv.gz"]}}, names relative to the dataset folder. A
 * listed file must exist when the manifest arrives; the run documents every supported file in the folder.
 *
 * @param files the listed names; empty when the manifest lists none
 */
public record Manifest(List<String> files) {

    /** A manifest is a short list, never a data file. */
    public static final int MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    public Manifest {
        files = List.copyOf(files);
    }

    /** @param where names the manifest in error messages */
    public static Manifest parse(byte[] content, String where) {
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new ManifestException(where + " is empty; write {} or {\"files\": [...]} to start the run");
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            throw new ManifestException(where + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ManifestException(where + " could not be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ManifestException(where + " must be a JSON object such as {\"files\": [\"orders.csv\"]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"files".equals(name)) {
                throw new ManifestException(where + " has an unknown field '" + name + "'; only 'files' is allowed");
            }
        }
        return new Manifest(root.has("files") ? files(root.get("files"), where) : List.of());
    }

    private static List<String> files(JsonNode node, String where) {
        if (!node.isArray() || node.isEmpty()) {
            throw new ManifestException(where + ": 'files' must be a non-empty array of file names");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode entry : node) {
            if (!entry.isTextual()) {
                throw new ManifestException(where + ": 'files' must hold file names, found " + entry);
            }
            names.add(checkedName(entry.asText(), where));
        }
        return names;
    }

    private static String checkedName(String name, String where) {
        if (name.isBlank() || name.startsWith("/") || name.endsWith("/") || List.of(name.split("/")).contains("..")) {
            throw new ManifestException(where + " lists '" + name + "'; names are relative to the dataset folder");
        }
        if (FileFormat.fromName(name).isEmpty()) {
            throw new ManifestException(where + " lists '" + name + "', which is not a supported data file "
                    + UploadTrigger.SUPPORTED);
        }
        return name;
    }
}
