package io.datamind.api;

import io.datamind.files.FileFormat;
import java.util.List;

/** Checks a file dataset's {@code s3://} location against the deployment's input bucket before a run starts. */
final class FileLocation {

    private FileLocation() {
    }

    /** @throws ApiProblem 400 naming {@code /files} and what is wrong */
    static void requireAccepted(String files, String inputBucket) {
        if (inputBucket == null) {
            throw invalid("this deployment documents no file datasets (it has no input bucket); name a registered"
                    + " source with sourceId instead");
        }
        String prefix = "s3://" + inputBucket + "/";
        if (!files.startsWith(prefix) || files.length() == prefix.length()) {
            throw invalid("files must be a location in the input bucket, s3://" + inputBucket + "/<prefix>/ or s3://"
                    + inputBucket + "/<key>; got " + files);
        }
        String key = files.substring(prefix.length());
        if (!key.endsWith("/") && FileFormat.fromName(key).isEmpty()) {
            throw invalid("files names one object, " + key + ", which is not a supported data file (csv, tsv, json,"
                    + " jsonl, parquet, optionally .gz); end the location with / to document every file under a prefix");
        }
    }

    private static ApiProblem invalid(String detail) {
        return ApiProblem.badRequest(detail, List.of(Problem.Violation.atPointer("/files", detail)));
    }
}
