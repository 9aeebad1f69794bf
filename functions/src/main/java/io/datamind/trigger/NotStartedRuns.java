package io.datamind.trigger;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.datamind.docs.Json;
import io.datamind.events.DataMindEvent;
import io.datamind.events.EventPublisher;
import io.datamind.pipeline.remote.RequestOptions;
import io.datamind.pipeline.store.RunAlreadyExistsException;
import io.datamind.pipeline.store.RunRecord;
import io.datamind.pipeline.store.RunStore;
import java.time.Clock;

/**
 * Records a run that could not start as a FAILED run with its reason and announces it on the event bus. The
 * announcement goes first: if recording then fails, the retried invocation announces again (at least once) rather
 * than never. A cause whose run is already recorded was handled before and is neither recorded nor announced again.
 */
public final class NotStartedRuns {

    private final RunStore store;
    private final EventPublisher events;
    private final Clock clock;

    public NotStartedRuns(RunStore store, EventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** True when a run of this id is already recorded: the cause came before. */
    public boolean known(String runId) {
        return store.getRun(runId).isPresent();
    }

    /** @return true if recorded now, false if this run id was recorded before */
    public boolean record(RunNotStartedDetail detail, RequestOptions options) {
        if (known(detail.runId())) {
            return false;
        }
        events.publish(new DataMindEvent(DataMindEvent.RUN_NOT_STARTED, detail));
        try {
            store.createRun(RunRecord.notStarted(detail.runId(), detail.sourceId(), optionsJson(options),
                    detail.reason(), clock.instant()));
            return true;
        } catch (RunAlreadyExistsException concurrentDuplicate) {
            return false;
        }
    }

    private static String optionsJson(RequestOptions options) {
        try {
            return options == null ? "{}" : Json.mapper().writeValueAsString(options);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("run options are not serialisable", e);
        }
    }
}
