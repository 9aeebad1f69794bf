package io.datamind.incremental;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.TableEntry;
import io.datamind.scan.TableRef;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The source's previous run, as far as incremental runs need it: its tables by reference. {@link #none()} when
 * there is none or the run must redo everything ({@code --full}, {@code full: true}).
 */
public final class PreviousRun {

    private static final PreviousRun NONE = new PreviousRun(Map.of());

    private final Map<TableRef, PreviousTable> tables;

    private PreviousRun(Map<TableRef, PreviousTable> tables) {
        this.tables = tables;
    }

    public static PreviousRun none() {
        return NONE;
    }

    public static PreviousRun of(DataDictionary previous) {
        if (previous == null || previous.run() == null) {
            return NONE;
        }
        String runId = previous.run().runId();
        String mode = previous.run().profileMode();
        String describer = previous.run().describer();
        return new PreviousRun(previous.tables().stream().collect(Collectors.toUnmodifiableMap(TableEntry::table,
                entry -> new PreviousTable(runId, mode, describer, entry, KeptQuality.touching(previous.relationships(), entry.table())),
                (a, b) -> a)));
    }

    /**
     * The previous run when it documents the same database (kind and location); none otherwise: another database's
     * profiles must not be carried over, even when the user compares with it (--previous).
     */
    public static PreviousRun ofSameSource(DataDictionary previous, String kind, String location) {
        if (previous == null || previous.source() == null || previous.run() == null
                || !Objects.equals(previous.source().kind(), kind) || !Objects.equals(previous.source().location(), location)) {
            return NONE;
        }
        return of(previous);
    }

    public Optional<PreviousTable> table(TableRef table) {
        return Optional.ofNullable(tables.get(table));
    }

    public Map<TableRef, PreviousTable> tables() {
        return tables;
    }

    public boolean isEmpty() {
        return tables.isEmpty();
    }

}
