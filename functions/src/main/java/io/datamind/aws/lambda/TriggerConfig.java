package io.datamind.aws.lambda;

import java.util.Map;

/**
 * The trigger and schedule handlers' own settings, from environment variables (README.md, "S3 upload trigger" and
 * "Scheduled runs"); the run table and sources registry come from {@link LambdaConfig} as for every handler.
 *
 * @param stateMachineArn  DATAMIND_STATE_MACHINE_ARN: the documentation state machine to start
 * @param eventBus         DATAMIND_EVENT_BUS: where {@code DataMind Run Not Started} goes, default {@code default}
 * @param inputBucket      DATAMIND_INPUT_BUCKET: the only bucket whose uploads start runs; null accepts any
 * @param manifestDatasets DATAMIND_MANIFEST_DATASETS: comma-separated dataset folders (or {@code *}) that wait for a
 *                         {@code _manifest.json}; null or blank: every data file starts a run
 */
public record TriggerConfig(String stateMachineArn, String eventBus, String inputBucket, String manifestDatasets) {

    public static TriggerConfig fromEnvironment(Map<String, String> env) {
        String stateMachine = env.get("DATAMIND_STATE_MACHINE_ARN");
        if (stateMachine == null || stateMachine.isBlank()) {
            throw new IllegalStateException("environment variable DATAMIND_STATE_MACHINE_ARN is not set");
        }
        String bus = env.get("DATAMIND_EVENT_BUS");
        return new TriggerConfig(stateMachine.trim(), bus == null || bus.isBlank() ? "default" : bus.trim(),
                env.get("DATAMIND_INPUT_BUCKET"), env.get("DATAMIND_MANIFEST_DATASETS"));
    }
}
