package io.datamind.cli;

import io.datamind.aws.AwsClients;
import io.datamind.aws.S3FileStorage;
import io.datamind.files.FileDataset;
import io.datamind.files.FileLimits;
import io.datamind.files.FileOpener;
import io.datamind.files.FileSource;
import io.datamind.files.FileStorage;
import io.datamind.files.LocalFileStorage;
import java.io.IOException;

/** The --files location as a documented source: the local file system, or S3 for an s3:// location. */
final class FileRunSource {

    private FileRunSource() {
    }

    static FileSource open(String location, String name, FileLimits limits) {
        FileStorage storage = location.startsWith("s3://") ? new S3FileStorage(AwsClients.fromEnvironment().s3())
                : new LocalFileStorage();
        try {
            FileDataset dataset = FileDataset.list(storage, location, name);
            return new FileSource(dataset, new FileOpener(storage, limits));
        } catch (IOException e) {
            throw new UserError(ExitCode.NO_TABLES, "--files: cannot read " + location + ": " + e.getMessage(), e);
        }
    }
}
