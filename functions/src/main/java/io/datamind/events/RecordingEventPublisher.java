package io.datamind.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps events in memory: the local runner's publisher (nothing to announce to) and the tests' witness. */
public final class RecordingEventPublisher implements EventPublisher {

    private final List<DataMindEvent> published = new CopyOnWriteArrayList<>();

    @Override
    public void publish(DataMindEvent event) {
        published.add(event);
    }

    public List<DataMindEvent> published() {
        return List.copyOf(published);
    }
}
