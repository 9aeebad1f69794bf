package io.datamind.trigger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One firing of a schedule.
 *
 * @param sources the source ids to run; null or empty for every registered source
 * @param full    re-profile and re-describe every table, changed or not
 * @param tickId  what identifies this firing in every delivery of it (the event's id, else its time)
 * @param time    the firing's time, for run ids
 */
public record ScheduleTick(List<String> sources, boolean full, String tickId, Instant time) {

    public ScheduleTick {
        sources = sources == null ? List.of() : List.copyOf(sources);
        Objects.requireNonNull(tickId, "tickId");
        Objects.requireNonNull(time, "time");
    }

    public boolean allSources() {
        return sources.isEmpty();
    }
}
