package io.datamind.drift;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.Json;
import io.datamind.docs.SourceInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The previous run a new run is compared with. It is read before the run starts, because the new run's
 * dictionary.json replaces it. Found in the output folder it must document the same source (same kind and name);
 * given explicitly it is compared whatever it documents, e.g. staging against production.
 */
public final class Baseline {

    private static final Baseline NONE = new Baseline(null, null, false);

    private final DataDictionary previous;
    private final Path file;
    private final boolean explicit;

    private Baseline(DataDictionary previous, Path file, boolean explicit) {
        this.previous = previous;
        this.file = file;
        this.explicit = explicit;
    }

    public static Baseline none() {
        return NONE;
    }

    /** A dictionary.json the user named; unreadable is an error the caller reports. */
    public static Baseline explicit(Path file) throws IOException {
        return new Baseline(read(file), file, true);
    }

    /** The dictionary.json a previous run left in the output folder, if any; an unreadable one is noted and skipped. */
    public static Baseline inOutputFolder(Path folder, String fileName, Consumer<String> note) {
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        try {
            return new Baseline(read(file), file, false);
        } catch (IOException | RuntimeException e) {
            note.accept("not comparing with the previous run: " + file + " cannot be read (" + e.getClass().getSimpleName()
                    + ": " + firstLine(e.getMessage()) + ")");
            return NONE;
        }
    }

    /** The previous run's dictionary, if one was found (whatever it documents). */
    public Optional<DataDictionary> dictionary() {
        return Optional.ofNullable(previous);
    }

    /** The current dictionary with its changes since the previous run, or unchanged when there is nothing to compare. */
    public DataDictionary compare(DataDictionary current, DriftDetector detector, DriftThresholds thresholds,
                                  Consumer<String> note) {
        if (previous == null) {
            return current;
        }
        if (!explicit && !sameSource(previous.source(), current.source())) {
            note.accept("not comparing with the previous run: " + file + " documents " + describe(previous.source())
                    + ", this run documents " + describe(current.source()));
            return current;
        }
        return current.withChanges(detector.compare(previous, current, thresholds));
    }

    static boolean sameSource(SourceInfo previous, SourceInfo current) {
        return previous != null && current != null && Objects.equals(previous.kind(), current.kind())
                && Objects.equals(previous.name(), current.name());
    }

    private static DataDictionary read(Path file) throws IOException {
        DataDictionary dictionary = Json.mapper().readValue(file.toFile(), DataDictionary.class);
        if (dictionary == null || dictionary.run() == null) {
            throw new IOException("not a DataMind dictionary.json (no run)");
        }
        return dictionary;
    }

    private static String describe(SourceInfo source) {
        return source == null ? "an unknown source" : source.kind() + " source '" + source.name() + "'";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
