package io.datamind.describe.llm.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reviewed descriptions, kept in a YAML file next to the code and edited in pull requests:
 * <pre>
 * tables:
 *   sales.customer:
 *     description: People and companies that bought at least once.
 *     businessName: Customer
 *     tags: [sales, pii]
 *     columns:
 *       email:
 *         description: Login and contact address.
 * </pre>
 * Tables are keyed by {@code schema.table} (just {@code table} for sources without schemas).
 */
public record DescriptionOverrides(Map<String, TableOverride> tables) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record TableOverride(String description, String businessName, java.util.List<String> tags,
                                Map<String, ColumnOverride> columns) {
        public TableOverride {
            columns = columns == null ? Map.of() : new LinkedHashMap<>(columns);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ColumnOverride(String description, String businessName) {
    }

    public static final DescriptionOverrides NONE = new DescriptionOverrides(Map.of());

    public DescriptionOverrides {
        tables = tables == null ? Map.of() : new LinkedHashMap<>(tables);
    }

    public static DescriptionOverrides read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    /** Reviewed descriptions from YAML bytes (a file, an S3 object); an empty document has none. */
    public static DescriptionOverrides parse(byte[] yaml) throws IOException {
        if (yaml.length == 0) {
            return NONE;
        }
        DescriptionOverrides overrides = yaml().readValue(yaml, DescriptionOverrides.class);
        return overrides == null ? NONE : overrides;
    }

    public void write(Path file) throws IOException {
        Files.write(file, yaml().writeValueAsBytes(this));
    }

    static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
    }
}
