package io.datamind.pipeline;

import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Describer;
import io.datamind.describe.TableDescription;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFailure;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableProfiler;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.time.Duration;
import java.util.List;

/**
 * Runs the per-table steps (scan → profile → describe) for one table. A failing step does not lose
 * what earlier steps produced: the entry keeps them and records the failure.
 */
public final class TableDocumenter {

    private final SchemaScanner scanner;
    private final TableProfiler profiler;
    private final Describer describer;
    private final ProgressListener progress;

    public TableDocumenter(SchemaScanner scanner, TableProfiler profiler, Describer describer) {
        this(scanner, profiler, describer, ProgressListener.NONE);
    }

    public TableDocumenter(SchemaScanner scanner, TableProfiler profiler, Describer describer, ProgressListener progress) {
        this.scanner = scanner;
        this.profiler = profiler;
        this.describer = describer;
        this.progress = progress;
    }

    public TableEntry document(TableRef table) {
        TableSchema schema;
        long started = System.nanoTime();
        try {
            schema = scanner.scan(table);
        } catch (Exception e) {
            return new TableEntry(table, null, null, null, failure("scan", e));
        } finally {
            started = timed(table, "scan", started);
        }
        TableProfile profile = null;
        TableFailure failure = null;
        try {
            profile = profiler.profile(schema);
        } catch (Exception e) {
            failure = failure("profile", e);
        } finally {
            started = timed(table, "profile", started);
        }
        try {
            TableDescription description = describer.describe(new DescribeRequest(schema, profile, neighbours(schema)));
            return new TableEntry(table, schema, profile, description, failure);
        } catch (Exception e) {
            return new TableEntry(table, schema, profile, null, failure != null ? failure : failure("describe", e));
        } finally {
            timed(table, "describe", started);
        }
    }

    private long timed(TableRef table, String step, long started) {
        long now = System.nanoTime();
        progress.tableStepFinished(table, step, Duration.ofNanos(now - started));
        return now;
    }

    private static List<TableRef> neighbours(TableSchema schema) {
        return schema.foreignKeys().stream().map(ForeignKey::target).distinct().toList();
    }

    static TableFailure failure(String step, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new TableFailure(step, e.getClass().getSimpleName(), message.lines().findFirst().orElse(message));
    }
}
