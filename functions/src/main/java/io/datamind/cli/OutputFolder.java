package io.datamind.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks the output folder before any database work, so a bad --out fails in a second, not after the run. */
final class OutputFolder {

    private OutputFolder() {
    }

    static Path prepare(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
                throw notWritable(absolute, "it is a file, not a folder", null);
            }
            Files.createDirectories(absolute);
            Path probe = Files.createTempFile(absolute, ".datamind-write-check", ".tmp");
            Files.delete(probe);
            return absolute;
        } catch (IOException | SecurityException e) {
            throw notWritable(absolute, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static UserError notWritable(Path folder, String why, Exception cause) {
        return new UserError(ExitCode.OUTPUT_NOT_WRITABLE, "--out " + folder + " is not writable: " + why, cause);
    }
}
