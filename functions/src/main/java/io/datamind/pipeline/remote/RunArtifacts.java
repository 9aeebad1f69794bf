package io.datamind.pipeline.remote;

import com.fasterxml.jackson.core.type.TypeReference;
import io.datamind.describe.llm.GenerationReport;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.Json;
import io.datamind.docs.TableEntry;
import io.datamind.incremental.PreviousTable;
import io.datamind.pipeline.Plan;
import io.datamind.pipeline.store.BlobLocation;
import io.datamind.pipeline.store.BlobStore;
import io.datamind.pipeline.store.StoreIds;
import io.datamind.profile.PartialProfile;
import io.datamind.profile.TableSlice;
import io.datamind.relate.Relationship;
import io.datamind.scan.TableFingerprint;
import io.datamind.scan.TableRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Run-level results that are not per table store results: the plan (source description and table list), the
 * relationships, model usage, and what incremental runs and drift need (the previous dictionary, per table its
 * previous entry, fingerprint and reuse marker).
 * Kept in the blob store under {@code runs/<runId>/}, next to the run store's overflow payloads, with deterministic
 * keys so retries overwrite the same object.
 */
public final class RunArtifacts {

    private static final TypeReference<List<Relationship>> RELATIONSHIPS = new TypeReference<>() {
    };

    private final BlobStore blobs;

    public RunArtifacts(BlobStore blobs) {
        this.blobs = blobs;
    }

    public void putPlan(String runId, Plan plan) {
        put(key(runId, "plan.json"), plan);
    }

    public Plan plan(String runId) {
        return read(key(runId, "plan.json"), "plan", new TypeReference<Plan>() {
        });
    }

    /** The file dataset a run documents; absent for a database run. */
    public void putFiles(String runId, FileRun files) {
        put(key(runId, "files.json"), files);
    }

    public Optional<FileRun> files(String runId) {
        return blobs.get(key(runId, "files.json")).map(bytes -> parse(bytes, FileRun.class));
    }

    /** The Map items as one JSON array, where a Distributed Map's ItemReader can read them. */
    public BlobLocation putTableItems(String runId, List<TableTask> items) {
        String key = key(runId, "tables.json");
        put(key, items);
        return blobs.location(key);
    }

    public void putRelationships(String runId, List<Relationship> relationships) {
        put(key(runId, "relationships.json"), relationships);
    }

    public List<Relationship> relationships(String runId) {
        return read(key(runId, "relationships.json"), "relationships", RELATIONSHIPS);
    }

    /** One table's model usage; a retried describe step overwrites it. */
    public void putGeneration(String runId, TableRef table, GenerationReport generation) {
        put(generationKey(runId, table), generation);
    }

    /** The model usage of those tables that recorded one, in the given order. */
    public List<GenerationReport> generation(String runId, List<TableRef> tables) {
        return tables.stream().map(table -> blobs.get(generationKey(runId, table)))
                .flatMap(Optional::stream)
                .map(bytes -> parse(bytes, GenerationReport.class))
                .toList();
    }

    /** The source's previous dictionary as it was when the run was planned: drift compares with this copy. */
    public void putPrevious(String runId, DataDictionary previous) {
        put(key(runId, "previous/dictionary.json"), previous);
    }

    public Optional<DataDictionary> previous(String runId) {
        return blobs.get(key(runId, "previous/dictionary.json")).map(bytes -> parse(bytes, DataDictionary.class));
    }

    /** One table of the previous run, so each table's steps read only their own part of it. */
    public void putPreviousTable(String runId, PreviousTable table) {
        put(tableKey(runId, "previous", table.entry().table()), table);
    }

    public Optional<PreviousTable> previousTable(String runId, TableRef table) {
        return blobs.get(tableKey(runId, "previous", table)).map(bytes -> parse(bytes, PreviousTable.class));
    }

    public void putFingerprint(String runId, TableRef table, TableFingerprint fingerprint) {
        put(tableKey(runId, "fingerprint", table), fingerprint);
    }

    public Optional<TableFingerprint> fingerprint(String runId, TableRef table) {
        return blobs.get(tableKey(runId, "fingerprint", table)).map(bytes -> parse(bytes, TableFingerprint.class));
    }

    /**
     * The reuse marker: the entry the scan step carried over from the previous run for an unchanged table. The
     * profile and describe steps skip their work when it exists; assemble takes the kept quality from it.
     */
    public void putReused(String runId, TableEntry entry) {
        put(tableKey(runId, "reused", entry.table()), entry);
    }

    public Optional<TableEntry> reused(String runId, TableRef table) {
        return blobs.get(tableKey(runId, "reused", table)).map(bytes -> parse(bytes, TableEntry.class));
    }

    /**
     * How the scan step split a table's profile: every slice's predicate, fixed once for all its ProfileSlice
     * invocations, so slices profiled minutes apart still cover the table exactly once even when it grew meanwhile.
     */
    public void putSlicePlan(String runId, TableRef table, List<TableSlice> plan) {
        put(sliceKey(runId, table, "plan.json"), plan);
    }

    public Optional<List<TableSlice>> slicePlan(String runId, TableRef table) {
        return blobs.get(sliceKey(runId, table, "plan.json")).map(bytes -> parse(bytes, new TypeReference<>() {
        }));
    }

    /** One slice's partial profile; a retried ProfileSlice overwrites the same key. */
    public void putPartialProfile(String runId, PartialProfile partial) {
        put(partialKey(runId, partial.table(), partial.slice().index(), partial.slice().count()), partial);
    }

    /** Whether the slice's partial profile was stored, without reading it. */
    public boolean hasPartialProfile(String runId, TableRef table, SliceRef slice) {
        return blobs.exists(partialKey(runId, table, slice.index(), slice.count()));
    }

    public Optional<PartialProfile> partialProfile(String runId, TableRef table, SliceRef slice) {
        return blobs.get(partialKey(runId, table, slice.index(), slice.count())).map(bytes -> parse(bytes, PartialProfile.class));
    }

    /** Where slice {@code index} of {@code count} is kept, relative to the state prefix: named in errors. */
    public static String partialKey(String runId, TableRef table, int index, int count) {
        return sliceKey(runId, table, index + "-of-" + count + ".json");
    }

    private static String sliceKey(String runId, TableRef table, String name) {
        return key(runId, "slices/" + table.key() + "/" + name);
    }

    private static String tableKey(String runId, String kind, TableRef table) {
        return key(runId, kind + "/" + table.key() + ".json");
    }

    private static String generationKey(String runId, TableRef table) {
        return key(runId, "generation/" + table.key() + ".json");
    }

    private static <T> T parse(byte[] bytes, Class<T> type) {
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored " + type.getSimpleName(), e);
        }
    }

    private void put(String key, Object value) {
        try {
            blobs.put(key, Json.mapper().writeValueAsBytes(value));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serialise " + key, e);
        }
    }

    private static <T> T parse(byte[] bytes, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored " + type.getType(), e);
        }
    }

    private <T> T read(String key, String what, TypeReference<T> type) {
        byte[] bytes = blobs.get(key).orElseThrow(() -> new IllegalStateException(
                "the run has no " + what + " (" + key + "): did its earlier step run?"));
        try {
            return Json.mapper().readValue(bytes, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + key, e);
        }
    }

    private static String key(String runId, String name) {
        return "runs/" + StoreIds.requireId("runId", runId) + "/" + name;
    }
}
