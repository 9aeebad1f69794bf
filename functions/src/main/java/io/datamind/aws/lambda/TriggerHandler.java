package io.datamind.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.docs.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Supplier;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/** The shape of the trigger handlers: an event of several possible shapes in, a summary out. */
abstract class TriggerHandler<O> implements RequestStreamHandler {

    private final Supplier<TriggerServices> services;

    protected TriggerHandler(Supplier<TriggerServices> services) {
        this.services = services;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        JsonNode event = Json.mapper().readTree(input);
        O result = PowertoolsLogging.withLogging(context, () -> handle(event, services.get()));
        Json.mapper().writeValue(output, result);
    }

    protected abstract O handle(JsonNode event, TriggerServices services);
}
