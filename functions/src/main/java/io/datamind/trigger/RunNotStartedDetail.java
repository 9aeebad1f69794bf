package io.datamind.trigger;

/**
 * The detail of a {@code DataMind Run Not Started} event. Fields that do not apply to the trigger are absent.
 *
 * @param trigger  {@code s3-upload} or {@code schedule}
 * @param bucket   the uploaded object's bucket (s3-upload)
 * @param key      the uploaded object's key, decoded (s3-upload)
 * @param reason   what went wrong, in words a person can act on
 */
public record RunNotStartedDetail(String trigger, String runId, String sourceId, String executionName, String bucket,
                                  String key, String reason) {

    public static final String S3_UPLOAD = "s3-upload";
    public static final String SCHEDULE = "schedule";
}
