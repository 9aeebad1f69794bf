package io.datamind.pipeline;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.RunInfo;
import io.datamind.docs.RunStatus;
import io.datamind.docs.SourceInfo;
import io.datamind.docs.TableEntry;
import io.datamind.quality.DatabaseQuality;
import io.datamind.quality.TableQuality;
import io.datamind.relate.Relationship;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The assemble step: the finished tables, their relationships and the run's figures become one dictionary. */
public final class DictionaryAssembler {

    public static final String TOOL = "DataMind " + version();

    /** What is known about a run before its tables are done. */
    public record RunHeader(String runId, Instant startedAt, String profileMode, String describer) {
    }

    public DataDictionary assemble(SourceInfo source, RunHeader header, Instant finishedAt,
                                   List<TableEntry> entries, List<Relationship> relationships) {
        int failed = (int) entries.stream().filter(e -> e.failure() != null).count();
        RunInfo run = new RunInfo(header.runId(), header.startedAt().toString(), finishedAt.toString(),
                Duration.between(header.startedAt(), finishedAt).toMillis(), status(entries.size(), failed),
                header.profileMode().toLowerCase(Locale.ROOT), header.describer(), entries.size(), failed);
        List<TableQuality> assessed = entries.stream().map(TableEntry::quality).filter(Objects::nonNull).toList();
        DatabaseQuality quality = assessed.isEmpty() ? null : DatabaseQuality.aggregate(assessed);
        return new DataDictionary(DataDictionary.FORMAT_VERSION, TOOL, source, run, entries, relationships, quality, null, null);
    }

    static RunStatus status(int total, int failed) {
        if (failed == 0) {
            return RunStatus.SUCCEEDED;
        }
        return failed == total ? RunStatus.FAILED : RunStatus.PARTIAL;
    }

    private static String version() {
        String version = DictionaryAssembler.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
