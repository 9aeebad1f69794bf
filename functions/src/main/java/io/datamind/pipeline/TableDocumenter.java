package io.datamind.pipeline;

import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Describer;
import io.datamind.describe.TableDescription;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFailure;
import io.datamind.profile.TableProfile;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * Runs the per-table steps (scan → profile → describe) for one table. A failing step does not lose
 * what earlier steps produced: the entry keeps them and records the failure.
 */
public final class TableDocumenter {

    private final DocumentedSource source;
    private final DocumentedSource.TableProfiling profiler;
    private final Describer describer;

    public TableDocumenter(DocumentedSource source, DocumentedSource.TableProfiling profiler, Describer describer) {
        this.source = source;
        this.profiler = profiler;
        this.describer = describer;
    }

    public TableEntry document(TableRef table) {
        TableSchema schema;
        try {
            schema = source.scan(table);
        } catch (Exception e) {
            return new TableEntry(table, null, null, null, failure("scan", e));
        }
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
