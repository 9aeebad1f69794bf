package io.datamind.trigger;

import io.datamind.pipeline.remote.RegisteredSource;
import io.datamind.pipeline.remote.RequestOptions;
import io.datamind.pipeline.remote.RunRequest;
import io.datamind.pipeline.remote.SourceRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts one run per registered source (or per source the schedule names) for one schedule tick. Execution names
 * come from the source, the tick and {@code full}, so a redelivered tick starts nothing new while a full and an
 * incremental schedule firing at the same moment still both run. A source that cannot start is recorded and
 * announced; the others still start.
 */
public final class ScheduledRuns {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledRuns.class);
    private static final RequestOptions FULL = new RequestOptions(null, null, null, null, null, true);

    private final SourceRegistry registry;
    private final RunStarter starter;
    private final NotStartedRuns notStarted;

    public ScheduledRuns(SourceRegistry registry, RunStarter starter, NotStartedRuns notStarted) {
        this.registry = registry;
        this.starter = starter;
        this.notStarted = notStarted;
    }

    public ScheduleSummary run(ScheduleTick tick) {
        List<ScheduleSummary.Run> started = new ArrayList<>();
        List<ScheduleSummary.Run> duplicates = new ArrayList<>();
        List<ScheduleSummary.NotStarted> refused = new ArrayList<>();
        for (String requested : requestedSources(tick)) {
            String executionName = RunNames.execution(requested + "-" + RunNames.stamp(tick.time()),
                    "schedule", requested, tick.tickId(), Boolean.toString(tick.full()));
            String runId = RunNames.runId(tick.time(), executionName);
            ScheduleSummary.Run run = new ScheduleSummary.Run(requested, runId, executionName);
            String reason = null;
            if (notStarted.known(runId)) {
                duplicates.add(run);
            } else if (registry.find(requested).isEmpty()) {
                reason = "source '" + requested + "' is not in the sources registry";
            } else {
                try {
                    StartedRun result = starter.start(new RunStart(executionName,
                            new RunRequest(requested, runId, tick.full() ? FULL : null)));
                    (result.duplicate() ? duplicates : started).add(run);
                } catch (RunNotStartedException e) {
                    reason = e.getMessage();
                }
            }
            if (reason != null) {
                refuse(tick, run, reason, refused, duplicates);
            }
        }
        LOG.info("schedule tick {}: {} started, {} duplicates, {} not started", tick.tickId(), started.size(),
                duplicates.size(), refused.size());
        return new ScheduleSummary(started, duplicates, refused);
    }

    private List<String> requestedSources(ScheduleTick tick) {
        if (tick.allSources()) {
            return registry.all().stream().map(RegisteredSource::id).toList();
        }
        Set<String> unique = new LinkedHashSet<>(tick.sources());
        return List.copyOf(unique);
    }

    private void refuse(ScheduleTick tick, ScheduleSummary.Run run, String reason,
                        List<ScheduleSummary.NotStarted> refused, List<ScheduleSummary.Run> duplicates) {
        String sourceId = RunNames.safeSourceId(run.sourceId());
        boolean recorded = notStarted.record(new RunNotStartedDetail(RunNotStartedDetail.SCHEDULE, run.runId(),
                sourceId, run.executionName(), null, null, reason), tick.full() ? FULL : null);
        LOG.warn("run {} of {} not started{}: {}", run.runId(), run.sourceId(), recorded ? "" : " (recorded before)", reason);
        if (recorded) {
            refused.add(new ScheduleSummary.NotStarted(run.sourceId(), run.runId(), reason));
        } else {
            duplicates.add(run);
        }
    }
}
