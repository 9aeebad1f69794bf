package io.datamind.aws.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import io.datamind.trigger.TriggerOutcome;
import io.datamind.trigger.UploadedObject;
import java.util.List;
import java.util.function.Supplier;

/**
 * S3 ObjectCreated (event notification or EventBridge "Object Created") → one documentation run per dataset
 * (README.md, "S3 upload trigger"). Throws only for transient AWS errors, so Lambda retries those and nothing else.
 */
public final class S3UploadTriggerHandler extends TriggerHandler<S3UploadTriggerHandler.Result> {

    /** @param outcomes one per object the event reported, in its order */
    public record Result(List<TriggerOutcome> outcomes) {
    }

    public S3UploadTriggerHandler() {
        this(TriggerServices::shared);
    }

    public S3UploadTriggerHandler(Supplier<TriggerServices> services) {
        super(services);
    }

    @Override
    protected Result handle(JsonNode event, TriggerServices services) {
        List<UploadedObject> objects = S3ObjectCreatedEvents.objects(event);
        return new Result(objects.stream().map(services.uploads()::onUpload).toList());
    }
}
