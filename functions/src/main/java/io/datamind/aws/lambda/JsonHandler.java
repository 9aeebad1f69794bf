package io.datamind.aws.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.datamind.docs.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;
import software.amazon.lambda.powertools.metrics.Metrics;

/**
 * The shape every handler shares: JSON in (with the one project mapper, so records and lower-case enums behave as
 * everywhere else), the step, JSON out. Every log line carries the run and table through the MDC; metrics are
 * flushed as EMF at the end of each invocation, failed or not.
 */
abstract class JsonHandler<I, O> implements RequestStreamHandler {

    private static final String DEFAULT_NAMESPACE = "DataMind";

    private final Class<I> inputType;
    private final Supplier<LambdaServices> services;
    protected final Logger log = LoggerFactory.getLogger(getClass());

    protected JsonHandler(Class<I> inputType, Supplier<LambdaServices> services) {
        this.inputType = inputType;
        this.services = services;
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        I event = Json.mapper().readValue(input, inputType);
        Metrics metrics = LambdaServices.metrics();
        if (System.getenv("POWERTOOLS_METRICS_NAMESPACE") == null) {
            metrics.setNamespace(DEFAULT_NAMESPACE);
        }
        metrics.captureColdStartMetric(context);
        O result;
        try {
            result = PowertoolsLogging.withLogging(context, () -> withLogKeys(logKeys(event), () -> run(event, metrics)));
        } finally {
            metrics.flush();
        }
        Json.mapper().writeValue(output, result);
    }

    private O run(I event, Metrics metrics) {
        try {
            return handle(event, services.get(), metrics);
        } catch (RuntimeException e) {
            // one line without the stack trace: Step Functions receives the error and its Catch records it
            log.error("step failed: {}: {}", e.getClass().getSimpleName(), e.getMessage());
            throw e;
        }
    }

    private static <T> T withLogKeys(Map<String, String> keys, Supplier<T> work) {
        keys.forEach((key, value) -> {
            if (value != null) {
                MDC.put(key, value);
            }
        });
        try {
            return work.get();
        } finally {
            keys.keySet().forEach(MDC::remove);
        }
    }

    /** Keys put on every log line of the invocation (runId, sourceId, table). */
    protected abstract Map<String, String> logKeys(I event);

    protected abstract O handle(I event, LambdaServices services, Metrics metrics);
}
