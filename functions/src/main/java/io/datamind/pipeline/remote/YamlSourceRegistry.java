package io.datamind.pipeline.remote;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry as a {@code sources.yaml} document (see events/sources.yaml); held in memory once parsed. */
public final class YamlSourceRegistry implements SourceRegistry {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .build();

    private record Document(List<RegisteredSource> sources) {
    }

    private final Map<String, RegisteredSource> byId = new LinkedHashMap<>();

    private YamlSourceRegistry(List<RegisteredSource> sources) {
        for (RegisteredSource source : sources) {
            if (byId.put(source.id(), source) != null) {
                throw new IllegalArgumentException("sources registry lists source '" + source.id() + "' twice");
            }
        }
    }

    /** @param where names the document in error messages */
    public static YamlSourceRegistry parse(byte[] yaml, String where) {
        if (new String(yaml, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return new YamlSourceRegistry(List.of());
        }
        try {
            Document document = YAML.readValue(yaml, Document.class);
            return new YamlSourceRegistry(document == null || document.sources() == null ? List.of() : document.sources());
        } catch (IOException e) {
            throw new IllegalArgumentException("sources registry " + where + " is not valid: " + e.getMessage(), e);
        }
    }

    public static YamlSourceRegistry of(Path file) {
        try {
            return parse(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources registry " + file, e);
        }
    }

    @Override
    public Optional<RegisteredSource> find(String sourceId) {
        return Optional.ofNullable(byId.get(sourceId));
    }

    @Override
    public List<RegisteredSource> all() {
        return List.copyOf(byId.values());
    }
}
