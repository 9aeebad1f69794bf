package io.datamind.docs;

import io.datamind.describe.llm.GenerationReport;
import io.datamind.drift.SchemaChanges;
import io.datamind.quality.DatabaseQuality;
import io.datamind.relate.Relationship;
import java.util.List;

/**
 * The single document every renderer reads; serialised as dictionary.json (schema: dictionary.schema.json).
 *
 * @param quality    the source's quality score; null when no table could be assessed
 * @param generation what model-written descriptions cost (calls, tokens, cache hits, fallbacks); null without a model
 * @param changes    what changed since the source's previous run; null when the run was not compared with one
 */
public record DataDictionary(
        String formatVersion,
        String tool,
        SourceInfo source,
        RunInfo run,
        List<TableEntry> tables,
        List<Relationship> relationships,
        DatabaseQuality quality,
        GenerationReport generation,
        SchemaChanges changes) {

    public static final String FORMAT_VERSION = "1.0";

    public DataDictionary {
        tables = List.copyOf(tables);
        relationships = List.copyOf(relationships);
    }

    public DataDictionary withGeneration(GenerationReport report) {
        return new DataDictionary(formatVersion, tool, source, run, tables, relationships, quality, report, changes);
    }

    public DataDictionary withChanges(SchemaChanges newChanges) {
        return new DataDictionary(formatVersion, tool, source, run, tables, relationships, quality, generation, newChanges);
    }
}
