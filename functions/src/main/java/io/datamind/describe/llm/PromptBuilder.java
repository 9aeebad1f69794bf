package io.datamind.describe.llm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamind.classify.ColumnSemantics;
import io.datamind.describe.ColumnFigures;
import io.datamind.describe.DescribeRequest;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.TableProfile;
import io.datamind.profile.ValueCount;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.UniqueConstraint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the prompt for one table (or one chunk of a wide table's columns). The facts go as compact JSON; values
 * only as {@link SampleFilter} allows. The same facts without values are the table's fingerprint for the cache.
 */
public final class PromptBuilder {

    /** Bump when the prompt or the answer schema changes: it is part of every cache key. */
    public static final String PROMPT_VERSION = "llm-describe-1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SampleFilter samples;
    private final String glossary;
    private final String instructions;

    /** @param glossary, instructions optional texts included in every prompt; null when absent */
    public PromptBuilder(SampleFilter samples, String glossary, String instructions) {
        this.samples = samples;
        this.glossary = glossary;
        this.instructions = instructions;
    }

    public SamplePolicy samplePolicy() {
        return samples.policy();
    }

    public String system() {
        StringBuilder text = new StringBuilder("""
                You document relational databases for analysts. For the table and the columns you are given, write \
                concise plain-language descriptions of what the data means in the business (one or two sentences \
                each, no speculation beyond the evidence), a short business name, table tags, and your confidence \
                (0 to 1) per column. Existing comments from the database are authoritative context: agree with them. \
                Answer with ONE JSON object and nothing else, shaped like:
                {"table":{"description":"…","businessName":"…","tags":["…"]},\
                "columns":[{"name":"<exact column name>","description":"…","businessName":"…","confidence":0.8}]}
                List every given column exactly once, with its exact name, and no other column.""");
        if (glossary != null && !glossary.isBlank()) {
            text.append("\n\nGlossary of this organisation's terms:\n").append(glossary.strip());
        }
        if (instructions != null && !instructions.isBlank()) {
            text.append("\n\nAdditional instructions:\n").append(instructions.strip());
        }
        return text.toString();
    }

    /** The user message for the given columns of the request's table. */
    public String user(DescribeRequest request, List<ColumnSchema> chunk) {
        return "Describe this table and these columns:\n" + facts(request, chunk, true);
    }

    /** The facts a prompt is built from, without any value: stable across runs of an unchanged table. */
    public String fingerprint(DescribeRequest request, List<ColumnSchema> chunk) {
        return facts(request, chunk, false);
    }

    private String facts(DescribeRequest request, List<ColumnSchema> chunk, boolean withValues) {
        TableSchema schema = request.schema();
        ObjectNode table = JSON.createObjectNode();
        table.put("table", schema.table().name());
        if (schema.table().schema() != null) {
            table.put("schema", schema.table().schema());
        }
        table.put("kind", schema.kind().name().toLowerCase(Locale.ROOT));
        if (schema.comment() != null && !schema.comment().isBlank()) {
            table.put("comment", schema.comment());
        }
        tableRows(request).ifPresent(rows -> table.put("rows", roughly(rows)));
        if (schema.primaryKey() != null) {
            table.set("primaryKey", strings(schema.primaryKey().columns()));
        }
        ArrayNode unique = table.putArray("uniqueKeys");
        schema.uniqueConstraints().stream().map(UniqueConstraint::columns).forEach(c -> unique.add(strings(c)));
        ArrayNode foreignKeys = table.putArray("foreignKeys");
        for (ForeignKey key : schema.foreignKeys()) {
            foreignKeys.add(String.join(",", key.columns()) + " -> " + key.target().key() + "(" + String.join(",", key.targetColumns()) + ")");
        }
        table.set("neighbours", strings(request.neighbours().stream().map(TableRef::key).toList()));
        if (chunk.size() < schema.columns().size()) {
            table.set("allColumns", strings(schema.columns().stream().map(ColumnSchema::name).toList()));
        }
        ArrayNode columns = table.putArray("columns");
        chunk.forEach(column -> columns.add(column(request, column, withValues)));
        return table.toString();
    }

    /** The rows a hybrid profile counted (exact, where the catalog's are often an estimate), else the catalog's. */
    private static Optional<Long> tableRows(DescribeRequest request) {
        TableProfile profile = request.profile();
        if (profile != null && profile.totals() != null) {
            return Optional.of(profile.totals().rows());
        }
        return Optional.ofNullable(request.schema().rowCount()).map(RowCount::value);
    }

    private ObjectNode column(DescribeRequest request, ColumnSchema column, boolean withValues) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", column.name());
        node.put("type", column.declaredType());
        if (!column.nullable()) {
            node.put("notNull", true);
        }
        if (column.comment() != null && !column.comment().isBlank()) {
            node.put("comment", column.comment());
        }
        ColumnProfile profile = request.profile() == null ? null : request.profile().column(column.name()).orElse(null);
        if (profile == null) {
            return node;
        }
        // NULLs and extremes over every row where a hybrid profile counted them: the same keys, no token more
        ColumnFigures figures = new ColumnFigures(profile, request.profile().sampled());
        ColumnSemantics semantics = profile.semantics();
        if (semantics != null) {
            node.put("semanticType", semantics.type().name().toLowerCase(Locale.ROOT));
            if (semantics.piiCategory() != null && semantics.piiCategory() != io.datamind.classify.PiiCategory.NONE) {
                node.put("pii", semantics.piiCategory().name().toLowerCase(Locale.ROOT));
            }
        }
        node.put("nullShare", round(figures.nullRatio()));
        if (profile.distinct() != null) {
            node.put("distinct", roughly(profile.distinct().value()));
        }
        if (profile.text() != null) {
            node.put("length", profile.text().minLength() + ".." + profile.text().maxLength());
        }
        if (withValues) {
            addValues(node, profile, figures);
        }
        return node;
    }

    private void addValues(ObjectNode node, ColumnProfile profile, ColumnFigures figures) {
        figures.profile().numberRange().ifPresent(range -> {
            samples.value(profile, format(range.min())).ifPresent(v -> node.put("min", v));
            samples.value(profile, format(range.max())).ifPresent(v -> node.put("max", v));
        });
        figures.profile().timeRange().ifPresent(range -> {
            samples.value(profile, range.min()).ifPresent(v -> node.put("min", v));
            samples.value(profile, range.max()).ifPresent(v -> node.put("max", v));
        });
        List<String> values = samples.examples(profile, candidates(profile));
        if (!values.isEmpty()) {
            node.set("examples", strings(values));
        }
    }

    private static List<String> candidates(ColumnProfile profile) {
        if (profile.topValues() != null && !profile.topValues().values().isEmpty()) {
            return profile.topValues().values().stream().map(ValueCount::value).toList();
        }
        return profile.samples() == null ? List.of() : profile.samples();
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    /** Two significant digits: the model needs the size, and the fingerprint must not move with every insert. */
    static long roughly(long value) {
        return value < 100 ? value : new BigDecimal(value).round(new MathContext(2)).longValue();
    }

    private static double round(double ratio) {
        return Math.round(ratio * 100) / 100.0;
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
