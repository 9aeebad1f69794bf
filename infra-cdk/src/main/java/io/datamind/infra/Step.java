package io.datamind.infra;

import software.amazon.awscdk.Duration;

/**
 * Every DataMind Lambda function: its handler class in {@code io.datamind.aws.lambda} and how much memory and time
 * it gets. Memory also buys CPU on Lambda (a full vCPU at 1,769 MB), which the profile and assemble steps use.
 */
public enum Step {
    PLAN("PlanHandler", 1024, Duration.minutes(5), "PlanFunctionArn"),
    SCAN_TABLE("ScanTableHandler", 1024, Duration.minutes(5), "ScanTableFunctionArn"),
    /** streams a whole table (or a sample) through sketches: BENCHMARKS.md measured 281 MiB heap, 10.6 s per 1M rows */
    PROFILE_TABLE("ProfileTableHandler", 2048, Duration.minutes(15), "ProfileTableFunctionArn"),
    /** one slice of a table too large for one ProfileTable invocation: the same streaming work on fewer rows */
    PROFILE_SLICE("ProfileSliceHandler", 2048, Duration.minutes(15), "ProfileSliceFunctionArn"),
    /** restores and merges up to 64 slices' sketches (about 200 KB per column each) and classifies */
    MERGE_PROFILE("MergeProfileHandler", 2048, Duration.minutes(15), "MergeProfileFunctionArn"),
    /** waits on model calls (with retries and backoff), so time rather than memory */
    DESCRIBE_TABLE("DescribeTableHandler", 1024, Duration.minutes(10), "DescribeTableFunctionArn"),
    RECORD_TABLE_FAILURE("RecordTableFailureHandler", 512, Duration.minutes(1), "RecordTableFailureFunctionArn"),
    RELATE("RelateHandler", 2048, Duration.minutes(10), "RelateFunctionArn"),
    /** holds the whole dictionary, runs the quality queries and renders every format */
    ASSEMBLE("AssembleHandler", 4096, Duration.minutes(15), "AssembleFunctionArn"),
    S3_UPLOAD_TRIGGER("S3UploadTriggerHandler", 512, Duration.seconds(60), null),
    SCHEDULE("ScheduleHandler", 512, Duration.seconds(60), null),
    /** API Gateway gives up after 29 s */
    API("ApiHandler", 1024, Duration.seconds(29), null);

    private static final String HANDLER_PACKAGE = "io.datamind.aws.lambda.";

    private final String handlerClass;
    private final int memoryMb;
    private final Duration timeout;
    private final String placeholder;

    Step(String handlerClass, int memoryMb, Duration timeout, String placeholder) {
        this.handlerClass = handlerClass;
        this.memoryMb = memoryMb;
        this.timeout = timeout;
        this.placeholder = placeholder;
    }

    /** The Lambda handler string; every handler is a {@code RequestStreamHandler}. */
    public String handler() {
        return HANDLER_PACKAGE + handlerClass + "::handleRequest";
    }

    /** The construct id, e.g. {@code ProfileTable} for {@code ProfileTableHandler}. */
    public String id() {
        return handlerClass.substring(0, handlerClass.length() - "Handler".length());
    }

    public int memoryMb() {
        return memoryMb;
    }

    public Duration timeout() {
        return timeout;
    }

    /** The state machine's {@code ${...}} placeholder naming this step's function; null for non-pipeline steps. */
    public String placeholder() {
        return placeholder;
    }

    public boolean inStateMachine() {
        return placeholder != null;
    }

    /** The steps that open connections to the registered databases and read uploaded files. */
    public boolean readsSources() {
        return this == PLAN || this == SCAN_TABLE || this == PROFILE_TABLE || this == ASSEMBLE;
    }

    /**
     * The steps that read the registered databases' secrets and run where the databases are reachable: the source
     * readers and the slice steps (only database tables are split; MergeProfile needs the source's dialect).
     */
    public boolean readsDatabases() {
        return readsSources() || profilesSlices();
    }

    /** The steps of a table profiled across invocations; they write only the run's state, never documentation. */
    public boolean profilesSlices() {
        return this == PROFILE_SLICE || this == MERGE_PROFILE;
    }
}
