package io.datamind.pipeline;

import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Describer;
import io.datamind.describe.TableDescription;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFailure;
import io.datamind.profile.TableProfile;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.incremental.PreviousRun;
import io.datamind.incremental.PreviousTable;
import java.util.List;
import java.util.Optional;

/**
 * Runs the per-table steps (scan → profile → describe) for one table. A failing step does not lose
 * what earlier steps produced: the entry keeps them and records the failure. A table whose fingerprint shows it
 * unchanged since the previous run keeps that run's profile and description: no profiling query, no model call.
 */
public final class TableDocumenter {

    private final DocumentedSource source;
    private final DocumentedSource.TableProfiling profiler;
    private final Describer describer;
    private final PreviousRun previous;
    private final String profileMode;
    private final String describerName;

    public TableDocumenter(DocumentedSource source, DocumentedSource.TableProfiling profiler, Describer describer) {
        this(source, profiler, describer, PreviousRun.none(), null, null);
    }

    /**
     * @param profileMode    this run's profile mode; a previous profile is only kept when it was made the same way
     * @param describerName  this run's describer; a previous description is only kept when it wrote it
     */
    public TableDocumenter(DocumentedSource source, DocumentedSource.TableProfiling profiler, Describer describer,
                           PreviousRun previous, String profileMode, String describerName) {
        this.describerName = describerName;
        this.source = source;
        this.profiler = profiler;
        this.describer = describer;
        this.previous = previous;
        this.profileMode = profileMode;
    }

    public TableEntry document(TableRef table) {
        SchemaScanner.Scanned scanned;
        try {
            scanned = source.scanWithFingerprint(table);
        } catch (Exception e) {
            return new TableEntry(table, null, null, null, failure("scan", e));
        }
        Optional<PreviousTable> before = previous.table(table);
        Optional<TableEntry> reused = before.flatMap(p -> p.reuse(scanned.schema(), scanned.fingerprint(), profileMode));
        if (reused.isEmpty()) {
            return profileAndDescribe(scanned.schema()).withFingerprint(scanned.fingerprint());
        }
        TableEntry kept = reused.get();
        if (before.get().describedBy(describerName)) {
            return kept.withDescription(describer.reuse(kept.description()));
        }
        try {
            return kept.withDescription(describer.describe(new DescribeRequest(kept.schema(), kept.profile(), neighbours(kept.schema()))));
        } catch (Exception e) {
            return new TableEntry(table, kept.schema(), kept.profile(), null, failure("describe", e), null, List.of(),
                    kept.fingerprint(), kept.reusedFrom());
        }
    }

    private TableEntry profileAndDescribe(TableSchema schema) {
        TableRef table = schema.table();
        TableProfile profile = null;
        TableFailure failure = null;
        try {
            profile = profiler.profile(schema);
        } catch (Exception e) {
            failure = failure("profile", e);
        }
        try {
            TableDescription description = describer.describe(new DescribeRequest(schema, profile, neighbours(schema)));
            return new TableEntry(table, schema, profile, description, failure);
        } catch (Exception e) {
            return new TableEntry(table, schema, profile, null, failure != null ? failure : failure("describe", e));
        }
    }

    private static List<TableRef> neighbours(TableSchema schema) {
        return schema.foreignKeys().stream().map(ForeignKey::target).distinct().toList();
    }

    static TableFailure failure(String step, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new TableFailure(step, e.getClass().getSimpleName(), message.lines().findFirst().orElse(message));
    }
}
