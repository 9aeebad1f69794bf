package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.trigger.ScheduleTick;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a schedule firing: the raw EventBridge scheduled event (options in {@code detail}, the firing in {@code id}
 * and {@code time}) or a rule target's constant Input ({@code {"sources": [...], "full": true}}, optionally with
 * {@code time} from an input transformer). A constant Input carries no firing identity, so its tick is the current
 * minute: a redelivery within that minute starts nothing new.
 */
final class ScheduleEvents {

    private ScheduleEvents() {
    }

    static ScheduleTick tick(JsonNode event, Clock clock) {
        if (event == null || !event.isObject()) {
            throw new IllegalArgumentException("a schedule event must be a JSON object, got " + event);
        }
        JsonNode options = event.path("detail").isObject() ? event.get("detail") : event;
        String time = firstText(event.path("time"), options.path("time"));
        Instant at = time == null ? clock.instant().truncatedTo(ChronoUnit.MINUTES) : parseTime(time);
        String id = firstText(event.path("id"), options.path("id"));
        return new ScheduleTick(sources(options.path("sources")), full(options.path("full")),
                id != null ? id : at.toString(), at);
    }

    private static List<String> sources(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.asText());
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("schedule event: 'sources' must be an array of source ids, got " + node);
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : node) {
            if (!id.isTextual() || id.asText().isBlank()) {
                throw new IllegalArgumentException("schedule event: 'sources' must hold source ids, found " + id);
            }
            ids.add(id.asText().trim());
        }
        return ids;
    }

    private static boolean full(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        throw new IllegalArgumentException("schedule event: 'full' must be true or false, got " + node);
    }

    private static String firstText(JsonNode... candidates) {
        for (JsonNode candidate : candidates) {
            if (candidate.isTextual() && !candidate.asText().isBlank()) {
                return candidate.asText();
            }
        }
        return null;
    }

    private static Instant parseTime(String time) {
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("schedule event: 'time' must be an ISO-8601 instant such as"
                    + " 2026-11-23T01:00:00Z, got " + time, e);
        }
    }
}
