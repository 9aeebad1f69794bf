package io.datamind.trigger;

/**
 * Where an object key sits in the input bucket's layout: {@code incoming/<dataset>/<file>} (a file of a multi-file
 * dataset, possibly in sub-folders), {@code incoming/<file>} (a dataset of one file), {@code incoming/<dataset>/_manifest.json}
 * (the dataset is complete), or anything else.
 *
 * @param datasetKey the dataset's key: {@code incoming/<dataset>/} or, for a single file, the file's key
 * @param dataset    the dataset folder's name; null for a single file and outside {@code incoming/}
 * @param fileName   the last segment of the key
 */
public record IncomingKey(Kind kind, String key, String datasetKey, String dataset, String fileName) {

    public static final String INCOMING = "incoming/";
    public static final String MANIFEST = "_manifest.json";

    public enum Kind {
        /** not under {@code incoming/}: never a run */
        OUTSIDE_INCOMING,
        /** a folder marker or a hidden/marker file ({@code .keep}, {@code _SUCCESS}): no run, no failure */
        IGNORED,
        /** {@code _manifest.json} directly in a dataset folder */
        MANIFEST,
        /** {@code _manifest.json} anywhere else: a mistake worth reporting */
        MISPLACED_MANIFEST,
        DATASET_FILE,
        SINGLE_FILE
    }

    public static IncomingKey of(String key) {
        String fileName = key.substring(key.lastIndexOf('/') + 1);
        if (!key.startsWith(INCOMING)) {
            return new IncomingKey(Kind.OUTSIDE_INCOMING, key, key, null, fileName);
        }
        String rest = key.substring(INCOMING.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            Kind kind = MANIFEST.equals(fileName) ? Kind.MISPLACED_MANIFEST : ignoredOr(fileName, Kind.SINGLE_FILE);
            return new IncomingKey(kind, key, key, null, fileName);
        }
        String dataset = rest.substring(0, slash);
        String datasetKey = INCOMING + dataset + "/";
        Kind kind;
        if (MANIFEST.equals(fileName)) {
            kind = key.equals(datasetKey + MANIFEST) ? Kind.MANIFEST : Kind.MISPLACED_MANIFEST;
        } else {
            kind = dataset.isEmpty() ? Kind.IGNORED : ignoredOr(fileName, Kind.DATASET_FILE);
        }
        return new IncomingKey(kind, key, datasetKey, dataset, fileName);
    }

    /** Folder markers end in '/'; names starting with '.' or '_' are hidden or job markers (Hadoop, Spark). */
    private static Kind ignoredOr(String fileName, Kind otherwise) {
        return fileName.isEmpty() || fileName.startsWith(".") || fileName.startsWith("_") ? Kind.IGNORED : otherwise;
    }
}
