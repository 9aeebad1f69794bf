package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.trigger.ScheduleSummary;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * EventBridge schedule → one documentation run per registered source, or per source the event names
 * (README.md, "Scheduled runs").
 */
public final class ScheduleHandler extends TriggerHandler<ScheduleSummary> {

    private final Clock clock;

    public ScheduleHandler() {
        this(TriggerServices::shared, Clock.systemUTC());
    }

    public ScheduleHandler(Supplier<TriggerServices> services, Clock clock) {
        super(services);
        this.clock = clock;
    }

    @Override
    protected ScheduleSummary handle(JsonNode event, TriggerServices services) {
        return services.schedule().run(ScheduleEvents.tick(event, clock));
    }
}
