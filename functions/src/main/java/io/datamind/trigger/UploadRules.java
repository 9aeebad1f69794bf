package io.datamind.trigger;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How uploads start runs in one deployment.
 *
 * @param inputBucket      the only bucket whose uploads start runs (DATAMIND_INPUT_BUCKET); null accepts any bucket
 * @param manifestDatasets dataset folders that wait for {@code _manifest.json} instead of starting a run per file
 *                         (DATAMIND_MANIFEST_DATASETS); {@code *} stands for every dataset folder
 */
public record UploadRules(String inputBucket, Set<String> manifestDatasets) {

    public static final String ALL_DATASETS = "*";

    public UploadRules {
        inputBucket = inputBucket == null || inputBucket.isBlank() ? null : inputBucket.trim();
        manifestDatasets = manifestDatasets == null ? Set.of() : Set.copyOf(manifestDatasets);
    }

    /** @param manifestDatasets comma-separated dataset folder names, {@code *}, or blank for none */
    public static UploadRules of(String inputBucket, String manifestDatasets) {
        Set<String> names = manifestDatasets == null ? Set.of() : Arrays.stream(manifestDatasets.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet());
        return new UploadRules(inputBucket, names);
    }

    public boolean waitsForManifest(String dataset) {
        return dataset != null && (manifestDatasets.contains(ALL_DATASETS) || manifestDatasets.contains(dataset));
    }

    public boolean accepts(String bucket) {
        return inputBucket == null || inputBucket.equals(bucket);
    }
}
