package io.datamind.describe.llm.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** One file per answer under a local folder (the CLI's --cache-dir), written atomically. */
public final class FolderDescriptionCache implements DescriptionCache {

    private final Path folder;

    public FolderDescriptionCache(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.of(Files.readString(file(key), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the description cache in " + folder, e);
        }
    }

    @Override
    public void put(String key, String answerJson) {
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            Files.writeString(temporary, answerJson, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the description cache in " + folder, e);
        }
    }

    private Path file(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("cache keys are SHA-256 hex digests");
        }
        return folder.resolve(key + ".json");
    }
}
