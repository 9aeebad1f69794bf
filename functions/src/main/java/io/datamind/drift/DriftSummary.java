package io.datamind.drift;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.json.JsonRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The detail of a {@code DataMind Schema Drift Detected} event: enough to decide whether to look (counts by kind,
 * the first changes), and where the whole report is. Event buses cap the size of an event, so the list is cut.
 *
 * @param sourceId          the registered source
 * @param source            its display name
 * @param runId             the run that found the changes
 * @param previousRunId     the run it was compared with
 * @param total             how many changes there are in all
 * @param counts            changes per kind (lower-case kind names), in the order kinds are listed
 * @param changes           the first {@value #FIRST_CHANGES} changes, in report order
 * @param truncated         true when {@code changes} is not the whole list
 * @param documentation     where the run's documentation is, e.g. {@code s3://bucket/source/run/}
 * @param changesDocument   the full report, {@code <documentation>changes.json}
 */
public record DriftSummary(String sourceId, String source, String runId, String previousRunId, int total,
                           Map<String, Integer> counts, List<Change> changes, boolean truncated, String documentation,
                           String changesDocument) {

    public static final int FIRST_CHANGES = 20;

    public DriftSummary {
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        changes = List.copyOf(changes);
    }

    /** @param documentation the published run's location, ending with a slash */
    public static DriftSummary of(String sourceId, String runId, DataDictionary dictionary, String documentation) {
        SchemaChanges report = dictionary.changes();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ChangeKind kind : ChangeKind.values()) {
            int count = (int) report.changes().stream().filter(c -> c.kind() == kind).count();
            if (count > 0) {
                counts.put(kind.name().toLowerCase(Locale.ROOT), count);
            }
        }
        List<Change> first = report.changes().subList(0, Math.min(FIRST_CHANGES, report.changes().size()));
        String folder = documentation.endsWith("/") ? documentation : documentation + "/";
        return new DriftSummary(sourceId, dictionary.source() == null ? null : dictionary.source().name(), runId,
                report.previousRunId(), report.changes().size(), counts, first,
                first.size() < report.changes().size(), folder, folder + JsonRenderer.CHANGES);
    }
}
