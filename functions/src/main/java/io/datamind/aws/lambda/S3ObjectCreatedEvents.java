package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.trigger.UploadedObject;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the objects an S3 "object created" event reports, in either shape S3 sends: an event notification
 * ({@code Records[].s3}, S3 → Lambda) or an EventBridge event ({@code detail-type: Object Created}, S3 →
 * EventBridge → Lambda). Keys arrive form-encoded in both ({@code +} for a space) and are decoded here. Anything
 * else (S3's {@code s3:TestEvent}, other event names) yields no object.
 */
final class S3ObjectCreatedEvents {

    private S3ObjectCreatedEvents() {
    }

    static List<UploadedObject> objects(JsonNode event) {
        List<UploadedObject> objects = new ArrayList<>();
        for (JsonNode record : event.path("Records")) {
            if (record.path("eventName").asText("").startsWith("ObjectCreated:") && record.has("s3")) {
                JsonNode s3 = record.get("s3");
                JsonNode object = s3.path("object");
                objects.add(new UploadedObject(s3.path("bucket").path("name").asText(), decode(object.path("key").asText()),
                        text(object, "eTag"), text(object, "versionId"), time(record.path("eventTime"))));
            }
        }
        if ("aws.s3".equals(event.path("source").asText()) && "Object Created".equals(event.path("detail-type").asText())) {
            JsonNode detail = event.path("detail");
            JsonNode object = detail.path("object");
            objects.add(new UploadedObject(detail.path("bucket").path("name").asText(), decode(object.path("key").asText()),
                    text(object, "etag"), text(object, "version-id"), time(event.path("time"))));
        }
        return objects;
    }

    private static String decode(String key) {
        try {
            return URLDecoder.decode(key, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return key;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** An event without a usable time still starts its run: the names then rest on bucket, key and ETag alone. */
    private static Instant time(JsonNode value) {
        try {
            return value.isTextual() ? Instant.parse(value.asText()) : Instant.EPOCH;
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
