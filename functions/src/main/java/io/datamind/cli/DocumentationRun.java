package io.datamind.cli;

import io.datamind.describe.llm.DescriberSetup;
import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryWriter;
import io.datamind.docs.LocalDirectorySink;
import io.datamind.docs.OutputFormat;
import io.datamind.docs.RunStatus;
import io.datamind.docs.exports.DbtRenderer;
import io.datamind.docs.exports.DqdlRenderer;
import io.datamind.docs.json.JsonRenderer;
import io.datamind.drift.Baseline;
import io.datamind.drift.DriftDetector;
import io.datamind.drift.DriftThresholds;
import io.datamind.incremental.PreviousRun;
import io.datamind.pipeline.DocumentedSource;
import io.datamind.pipeline.JdbcDocumentedSource;
import io.datamind.pipeline.LocalRunner;
import io.datamind.pipeline.RunIds;
import io.datamind.pipeline.RunOptions;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceAccessException;
import io.datamind.scan.SourceConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/** What `demo` and `document` share: validate settings, run the local pipeline, write files, report. */
final class DocumentationRun {

    private final RunSettings settings;
    private final DescriberSettings describerSettings;
    private final PrintWriter out;
    private final PrintWriter err;

    DocumentationRun(RunSettings settings, DescriberSettings describerSettings, PrintWriter out, PrintWriter err) {
        this.settings = settings;
        this.describerSettings = describerSettings;
        this.out = out;
        this.err = err;
    }

    /** Every step of the run borrows its connection from one set, closed when the run ends. */
    ExitCode execute(SourceConfig config) {
        try (JdbcSource source = JdbcSource.reusingConnections(config, settings.runOptions().connectionsAtOnce())) {
            return execute(new JdbcDocumentedSource(source));
        }
    }

    ExitCode execute(DocumentedSource source) {
        Set<OutputFormat> formats = settings.outputFormats();
        RunOptions options = settings.runOptions();
        Path folder = OutputFolder.prepare(settings.out);
        Baseline baseline = baseline(folder);
        Clock clock = Clock.systemUTC();
        DescriberSetup.Built describer = describerSettings.build(options.parallelism());
        LocalRunner runner = new LocalRunner(source, options, describer.describer(), describer.name(),
                ConsoleProgress.on(err), clock).reusing(previousRun(baseline, source));
        DataDictionary dictionary;
        try {
            dictionary = runner.run(RunIds.next(clock)).withGeneration(describer.report());
        } catch (SourceAccessException e) {
            throw new UserError(exitCodeFor(e.reason()), e.getMessage(), e);
        }
        dictionary = baseline.compare(dictionary, new DriftDetector(), DriftThresholds.DEFAULTS, this::note);
        write(dictionary, formats, folder);
        report(dictionary, folder, formats);
        return exitCodeFor(dictionary.run().status());
    }

    /**
     * What this run may reuse: nothing with --full, else the previous run of the same database. Data files carry no
     * marker that proves their rows unchanged, so they are always profiled again.
     */
    private PreviousRun previousRun(Baseline baseline, DocumentedSource documented) {
        if (settings.full || !(documented instanceof JdbcDocumentedSource database)) {
            return PreviousRun.none();
        }
        JdbcSource source = database.jdbc();
        return baseline.dictionary().map(previous -> PreviousRun.ofSameSource(previous, source.dialect().id(),
                source.config().redactedUrl())).orElse(PreviousRun.none());
    }

    /** Read before the run: the new dictionary.json replaces the previous one. */
    private Baseline baseline(Path folder) {
        if (settings.noCompare) {
            return Baseline.none();
        }
        if (settings.previous == null) {
            return Baseline.inOutputFolder(folder, JsonRenderer.DOCUMENT, this::note);
        }
        try {
            return Baseline.explicit(settings.previous);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("--previous: cannot read " + settings.previous + " as a dictionary.json: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    private void note(String message) {
        err.println("datamind: " + message);
        err.flush();
    }

    private void write(DataDictionary dictionary, Set<OutputFormat> formats, Path folder) {
        try {
            if (dictionary.changes() == null && formats.contains(OutputFormat.JSON)) {
                Files.deleteIfExists(folder.resolve(JsonRenderer.CHANGES)); // an earlier run's, not this one's
            }
            DictionaryWriter.standard().write(dictionary, formats, new LocalDirectorySink(folder));
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT_NOT_WRITABLE, "cannot write the documentation to " + folder + ": " + e.getMessage(), e);
        }
    }

    private void report(DataDictionary dictionary, Path folder, Set<OutputFormat> formats) {
        var run = dictionary.run();
        out.printf("Documented %d tables of %s in %.1f s (%s).%n", run.tablesTotal() - run.tablesFailed(),
                dictionary.source().name(), run.durationMs() / 1000.0, run.status().name().toLowerCase(java.util.Locale.ROOT));
        if (dictionary.generation() != null) {
            var generation = dictionary.generation();
            out.printf("Descriptions by %s %s: %d calls, %d + %d tokens, %d cache hits, %d retries, %d fallbacks to the heuristic.%n",
                    generation.provider(), generation.model(), generation.calls(), generation.promptTokens(),
                    generation.completionTokens(), generation.cacheHits(), generation.retries(), generation.fallbacks());
        }
        long reused = dictionary.tables().stream().filter(t -> t.reusedFrom() != null).count();
        if (reused > 0) {
            out.printf("%d tables unchanged since the previous run kept their profile and description (--full redoes them).%n", reused);
        }
        if (dictionary.changes() != null) {
            out.printf("%d changes since run %s.%n", dictionary.changes().changes().size(), dictionary.changes().previousRunId());
        }
        if (run.tablesFailed() > 0) {
            out.printf("%d tables failed; their errors are in the documentation.%n", run.tablesFailed());
        }
        out.println("Documentation: " + folder);
        if (formats.contains(OutputFormat.HTML)) {
            out.println("  open " + folder.resolve("index.html"));
        }
        if (formats.contains(OutputFormat.MD)) {
            out.println("  " + folder.resolve("README.md"));
        }
        if (formats.contains(OutputFormat.JSON)) {
            out.println("  " + folder.resolve("dictionary.json"));
        }
        if (formats.contains(OutputFormat.DQDL)) {
            out.println("  " + folder.resolve(DqdlRenderer.FILE));
        }
        if (formats.contains(OutputFormat.DBT)) {
            out.println("  " + folder.resolve(DbtRenderer.FILE));
        }
        out.flush();
    }

    static ExitCode exitCodeFor(RunStatus status) {
        return switch (status) {
            case SUCCEEDED -> ExitCode.OK;
            case PARTIAL -> ExitCode.PARTIAL;
            case FAILED -> ExitCode.ALL_TABLES_FAILED;
        };
    }

    static ExitCode exitCodeFor(SourceAccessException.Reason reason) {
        return switch (reason) {
            case UNREACHABLE, DRIVER -> ExitCode.UNREACHABLE;
            case BAD_CREDENTIALS -> ExitCode.BAD_CREDENTIALS;
            case UNKNOWN_DATABASE, UNKNOWN_SCHEMA -> ExitCode.UNKNOWN_DATABASE_OR_SCHEMA;
            case NO_TABLES -> ExitCode.NO_TABLES;
        };
    }
}
