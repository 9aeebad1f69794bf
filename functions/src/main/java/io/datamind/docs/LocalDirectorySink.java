package io.datamind.docs;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes documents under one root folder. Each file is written to a temporary sibling first and then moved into
 * place, so a failed or interrupted write never leaves a truncated file or destroys the previous version.
 */
public final class LocalDirectorySink implements DocumentSink {

    private final Path root;

    public LocalDirectorySink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String relativePath, byte[] content, String contentType) throws IOException {
        Path target = resolveInsideRoot(relativePath);
        Files.createDirectories(target.getParent());
        requireStillInsideRoot(target.getParent(), relativePath);
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            moveIntoPlace(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Path resolveInsideRoot(String relativePath) {
        if (relativePath == null || relativePath.isBlank()) {
            throw new IllegalArgumentException("document path must not be empty");
        }
        Path relative = Path.of(relativePath);
        if (relative.isAbsolute()) {
            throw new IllegalArgumentException("document path must be relative: " + relativePath);
        }
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("document path escapes the output folder: " + relativePath);
        }
        return target;
    }

    /** A symbolic link inside the root could still lead outside it; compare real locations once they exist. */
    private void requireStillInsideRoot(Path directory, String relativePath) throws IOException {
        if (!directory.toRealPath().startsWith(root.toRealPath())) {
            throw new IllegalArgumentException("document path escapes the output folder: " + relativePath);
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
