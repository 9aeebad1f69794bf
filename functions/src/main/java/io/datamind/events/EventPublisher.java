package io.datamind.events;

/** Where DataMind announces what happened (drift found, a run that could not start). */
public interface EventPublisher {

    /** Publishes one event; throws {@link EventPublishingException} when the bus refused it. */
    void publish(DataMindEvent event);
}
