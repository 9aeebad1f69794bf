package io.datamind.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Data files on the local file system. */
public final class LocalFileStorage implements FileStorage {

    @Override
    public List<StoredFile> list(String root) throws IOException {
        Path path = Path.of(root).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new NoSuchFileException(root, null, "no such file or directory");
        }
        if (Files.isRegularFile(path)) {
            return List.of(new StoredFile(path.toString(), path.getFileName().toString(), Files.size(path)));
        }
        List<StoredFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String relative = path.relativize(file).toString().replace('\\', '/');
                files.add(new StoredFile(file.toString(), relative, Files.size(file)));
            }
        }
        files.sort(Comparator.comparing(StoredFile::relativePath));
        return files;
    }

    @Override
    public InputStream open(StoredFile file) throws IOException {
        return Files.newInputStream(Path.of(file.location()));
    }

    @Override
    public InputStream open(StoredFile file, long offset) throws IOException {
        FileChannel channel = FileChannel.open(Path.of(file.location()), StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public ByteBuffer readRange(StoredFile file, long offset, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(Path.of(file.location()), StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("unexpected end of " + file.location() + " at byte " + (offset + buffer.position()));
                }
            }
            return buffer.flip();
        }
    }
}
