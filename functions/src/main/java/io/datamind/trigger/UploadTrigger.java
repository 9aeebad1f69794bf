package io.datamind.trigger;

import io.datamind.pipeline.remote.FileSourceIds;

import io.datamind.files.FileFormat;
import io.datamind.pipeline.remote.RunRequest;
import io.datamind.trigger.TriggerOutcome.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a documentation run for an object uploaded under {@code incoming/} (layout and modes in README.md, "S3 upload
 * trigger"). Input that can never start a run is recorded and announced, never thrown: S3 would redeliver the
 * event forever. Only transient failures (the run store, the bus or Step Functions unreachable) propagate, so that
 * the Lambda invocation is retried.
 */
public final class UploadTrigger {

    static final String SUPPORTED = "(CSV, TSV, JSON, JSON Lines or Parquet, optionally gzipped as .gz)";
    private static final Logger LOG = LoggerFactory.getLogger(UploadTrigger.class);

    private final UploadRules rules;
    private final UploadedObjects objects;
    private final RunStarter starter;
    private final NotStartedRuns notStarted;

    public UploadTrigger(UploadRules rules, UploadedObjects objects, RunStarter starter, NotStartedRuns notStarted) {
        this.rules = rules;
        this.objects = objects;
        this.starter = starter;
        this.notStarted = notStarted;
    }

    public TriggerOutcome onUpload(UploadedObject object) {
        IncomingKey key = IncomingKey.of(object.key());
        String executionName = RunNames.execution(object.key(), object.bucket(), object.key(), object.eTag(),
                object.versionId() == null ? "" : object.versionId());
        Cause cause = new Cause(object, key, executionName, RunNames.runId(object.eventTime(), executionName));
        if (!rules.accepts(object.bucket())) {
            return refuse(cause, object.bucket() + " is not the input bucket " + rules.inputBucket());
        }
        return switch (key.kind()) {
            case OUTSIDE_INCOMING -> refuse(cause, object.location() + " is outside " + IncomingKey.INCOMING
                    + "; only objects under s3://" + object.bucket() + "/" + IncomingKey.INCOMING + " start runs");
            case IGNORED -> ignore(object, object.location() + " is a folder marker or hidden file");
            case MISPLACED_MANIFEST -> refuse(cause, object.location() + " is not in a dataset folder; put "
                    + IncomingKey.MANIFEST + " directly in incoming/<dataset>/");
            case MANIFEST -> onManifest(cause);
            case DATASET_FILE -> rules.waitsForManifest(key.dataset())
                    ? ignore(object, "dataset " + key.dataset() + " waits for its " + IncomingKey.MANIFEST)
                    : onDataFile(cause);
            case SINGLE_FILE -> onDataFile(cause);
        };
    }

    /** An uploaded object with the names derived from it. */
    private record Cause(UploadedObject object, IncomingKey key, String executionName, String runId) {

        String datasetLocation() {
            return "s3://" + object.bucket() + "/" + key.datasetKey();
        }
    }

    private TriggerOutcome onDataFile(Cause cause) {
        if (FileFormat.fromName(cause.key().fileName()).isEmpty()) {
            return refuse(cause, cause.key().fileName() + " is not a supported data file " + SUPPORTED);
        }
        return start(cause);
    }

    private TriggerOutcome onManifest(Cause cause) {
        UploadedObject object = cause.object();
        try {
            byte[] content = objects.read(object.bucket(), object.key(), Manifest.MAX_BYTES)
                    .orElseThrow(() -> new ManifestException(object.location() + " was deleted before it was read"));
            Manifest manifest = Manifest.parse(content, object.location());
            for (String file : manifest.files()) {
                if (!objects.exists(object.bucket(), cause.key().datasetKey() + file)) {
                    throw new ManifestException(object.location() + " lists " + file + ", which is not in "
                            + cause.datasetLocation());
                }
            }
        } catch (ManifestException e) {
            return refuse(cause, e.getMessage());
        }
        return start(cause);
    }

    private TriggerOutcome start(Cause cause) {
        String files = cause.datasetLocation();
        String sourceId = FileSourceIds.of(files);
        if (notStarted.known(cause.runId())) {
            return outcome(Status.DUPLICATE, cause, sourceId, null, "run " + cause.runId() + " was recorded before");
        }
        RunRequest request = new RunRequest(sourceId, cause.runId(), null, files);
        try {
            StartedRun started = starter.start(new RunStart(cause.executionName(), request));
            LOG.info("{} {} for {}", started.duplicate() ? "duplicate of" : "started", started.executionId(),
                    cause.object().location());
            return outcome(started.duplicate() ? Status.DUPLICATE : Status.STARTED, cause, sourceId,
                    started.executionId(), null);
        } catch (RunNotStartedException e) {
            return refuse(cause, e.getMessage());
        }
    }

    private TriggerOutcome refuse(Cause cause, String reason) {
        String sourceId = FileSourceIds.of(cause.datasetLocation());
        UploadedObject object = cause.object();
        boolean recorded = notStarted.record(new RunNotStartedDetail(RunNotStartedDetail.S3_UPLOAD, cause.runId(),
                sourceId, cause.executionName(), object.bucket(), object.key(), reason), null);
        LOG.warn("run {} not started{}: {}", cause.runId(), recorded ? "" : " (recorded before)", reason);
        return outcome(recorded ? Status.NOT_STARTED : Status.DUPLICATE, cause, sourceId, null, reason);
    }

    private static TriggerOutcome ignore(UploadedObject object, String reason) {
        LOG.info("ignored {}: {}", object.location(), reason);
        return TriggerOutcome.ignored(reason);
    }

    private static TriggerOutcome outcome(Status status, Cause cause, String sourceId, String executionId,
                                          String reason) {
        return new TriggerOutcome(status, sourceId, cause.runId(), cause.executionName(), executionId,
                cause.datasetLocation(), reason);
    }
}
