package io.datamind.aws.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.docs.Json;
import io.datamind.trigger.ScheduleTick;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduleEventsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:04:59Z"), ZoneOffset.UTC);

    @Test
    void theRawScheduledEventIsIdentifiedByItsIdAndTime() throws IOException {
        ScheduleTick tick = ScheduleEvents.tick(TriggerFixture.event("schedule.json"), CLOCK);

        assertThat(tick.allSources()).isTrue();
        assertThat(tick.full()).isFalse();
        assertThat(tick.tickId()).isEqualTo("53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa");
        assertThat(tick.time()).isEqualTo(Instant.parse("2026-11-23T02:00:00Z"));
    }

    @Test
    void aConstantInputWithoutTimeFallsInTheCurrentMinuteAndATransformedTimeWins() throws IOException {
        ScheduleTick constant = ScheduleEvents.tick(TriggerFixture.event("schedule-input.json"), CLOCK);
        ScheduleTick transformed = ScheduleEvents.tick(Json.mapper().readTree(
                "{\"sources\": \"crm\", \"time\": \"2026-11-23T00:00:00Z\"}"), CLOCK);

        assertThat(constant.sources()).containsExactly("shop");
        assertThat(constant.full()).isTrue();
        assertThat(constant.time()).isEqualTo(Instant.parse("2026-11-23T03:04:00Z"));
        assertThat(constant.tickId()).isEqualTo("2026-11-23T03:04:00Z");
        assertThat(transformed.sources()).containsExactly("crm");
        assertThat(transformed.tickId()).isEqualTo("2026-11-23T00:00:00Z");
    }

    @Test
    void malformedInputsNameTheFieldAndWhatIsWrong() {
        assertThatThrownBy(() -> ScheduleEvents.tick(Json.mapper().readTree("{\"sources\": {\"a\": 1}}"), CLOCK))
                .hasMessageContaining("'sources' must be an array of source ids");
        assertThatThrownBy(() -> ScheduleEvents.tick(Json.mapper().readTree("{\"full\": \"yes\"}"), CLOCK))
                .hasMessageContaining("'full' must be true or false");
        assertThatThrownBy(() -> ScheduleEvents.tick(Json.mapper().readTree("{\"time\": \"tonight\"}"), CLOCK))
                .hasMessageContaining("'time' must be an ISO-8601 instant");
        assertThatThrownBy(() -> ScheduleEvents.tick(Json.mapper().readTree("[1]"), CLOCK))
                .hasMessageContaining("must be a JSON object");
    }
}
