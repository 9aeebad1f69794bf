package io.datamind.trigger;

import java.time.Instant;
import java.util.Objects;

/**
 * One object version S3 reported as created.
 *
 * @param key       the object key, already URL-decoded (events carry it form-encoded, {@code +} for spaces)
 * @param eTag      without the quotes HeadObject puts around it
 * @param versionId null in a bucket without versioning
 * @param eventTime when S3 created the object; the same in every delivery of the same event
 */
public record UploadedObject(String bucket, String key, String eTag, String versionId, Instant eventTime) {

    public UploadedObject {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(eventTime, "eventTime");
        eTag = eTag == null ? "" : eTag.replace("\"", "");
        versionId = versionId == null || versionId.isBlank() || "null".equals(versionId) ? null : versionId;
    }

    public String location() {
        return "s3://" + bucket + "/" + key;
    }
}
