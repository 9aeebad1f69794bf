package io.datamind.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.datamind.docs.Json;
import io.datamind.events.DataMindEvent;
import io.datamind.events.EventPublisher;
import io.datamind.events.EventPublishingException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResponse;
import software.amazon.awssdk.services.eventbridge.model.PutEventsResultEntry;

/**
 * Puts DataMind events on an EventBridge bus (DATAMIND_EVENT_BUS, the account's default bus unless set), with source
 * {@value DataMindEvent#SOURCE}. PutEvents reports a refused entry in its answer, not as an exception, so the answer
 * is checked.
 */
public final class EventBridgePublisher implements EventPublisher {

    /** EventBridge refuses entries above 256 KB; details stay summaries and link to documents instead. */
    private static final int MAX_DETAIL_BYTES = 256 * 1024 - 1024;

    private final EventBridgeClient eventBridge;
    private final String eventBusName;

    public EventBridgePublisher(EventBridgeClient eventBridge, String eventBusName) {
        this.eventBridge = eventBridge;
        this.eventBusName = eventBusName == null || eventBusName.isBlank() ? "default" : eventBusName;
    }

    @Override
    public void publish(DataMindEvent event) {
        String detail = toJson(event);
        if (detail.length() > MAX_DETAIL_BYTES) {
            throw new EventPublishingException("event " + event.detailType() + " is " + detail.length()
                    + " bytes, above EventBridge's 256 KB limit");
        }
        PutEventsResponse response;
        try {
            response = eventBridge.putEvents(request -> request.entries(entry -> entry
                    .eventBusName(eventBusName).source(DataMindEvent.SOURCE)
                    .detailType(event.detailType()).detail(detail)));
        } catch (SdkException e) {
            throw new EventPublishingException("could not put " + event.detailType() + " on bus " + eventBusName
                    + ": " + e.getMessage(), e);
        }
        if (response.failedEntryCount() != null && response.failedEntryCount() > 0) {
            PutEventsResultEntry failed = response.entries().get(0);
            throw new EventPublishingException("bus " + eventBusName + " refused " + event.detailType() + ": "
                    + failed.errorCode() + " " + failed.errorMessage());
        }
    }

    private static String toJson(DataMindEvent event) {
        try {
            return Json.mapper().writeValueAsString(event.detail());
        } catch (JsonProcessingException e) {
            throw new EventPublishingException("detail of " + event.detailType() + " is not serialisable", e);
        }
    }
}
