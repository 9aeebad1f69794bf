package io.datamind.events;

import java.util.Objects;

/**
 * One announcement to the outside world (EventBridge in AWS): a detail type that rules match on and a detail that
 * serialises to a JSON object.
 *
 * @param detailType one of the constants below; rules and subscribers match on it, so it never changes
 * @param detail     a record or map that the project's JSON mapper writes as an object
 */
public record DataMindEvent(String detailType, Object detail) {

    /** The source every DataMind event carries, for rules that match on {@code source}. */
    public static final String SOURCE = "io.datamind";
    public static final String SCHEMA_DRIFT_DETECTED = "DataMind Schema Drift Detected";
    public static final String RUN_NOT_STARTED = "DataMind Run Not Started";

    public DataMindEvent {
        Objects.requireNonNull(detailType, "detailType");
        Objects.requireNonNull(detail, "detail");
    }
}
