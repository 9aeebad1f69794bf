package io.datamind.cli;

import io.datamind.docs.OutputFormat;
import io.datamind.pipeline.RunOptions;
import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import java.nio.file.Path;
import java.util.Set;
import picocli.CommandLine.Option;

/** Options shared by `demo` and `document`: where output goes and how hard to look at the data. */
final class RunSettings {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "datamind-out",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "LIST", defaultValue = "html,md,json,dqdl,dbt",
            description = "Comma-separated output formats: html, md, json, dqdl, dbt (default: ${DEFAULT-VALUE}).")
    String formats;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "Profile mode: full (every row), sample (database-side sample), auto (full up to"
                    + " --full-max-rows, sample above; default) or hybrid (as auto, and where it samples also counts"
                    + " nulls, empty strings, ranges and true/false over every row in one aggregate query).")
    String mode;

    @Option(names = "--sample-rows", paramLabel = "N", defaultValue = "30000",
            description = "Rows read per table in sample mode (default: ${DEFAULT-VALUE}).")
    long sampleRows;

    @Option(names = "--full-max-rows", paramLabel = "N", defaultValue = "1000000",
            description = "In auto and hybrid mode, tables above this many rows are sampled (default: ${DEFAULT-VALUE}).")
    long fullMaxRows;

    @Option(names = "--profile-slices", paramLabel = "N", defaultValue = "1",
            description = "Profiles of tables of 1,000,000 rows or more are read at once over N connections: a full"
                    + " scan in N slices, merged (PostgreSQL: block ranges; others: integer key ranges); a sample"
                    + " (PostgreSQL) in N groups of columns sharing one snapshot (default: ${DEFAULT-VALUE}).")
    int profileSlices;

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "4",
            description = "Tables documented at the same time, one connection each (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--profile-concurrency", paramLabel = "N", defaultValue = "0",
            description = "Tables profiled at the same time, at most --parallelism; the other workers scan or wait for"
                    + " the model meanwhile (default: two per core).")
    int profileConcurrency;

    @Option(names = "--name", paramLabel = "NAME",
            description = "Source name shown in the documentation (default: the database name).")
    String sourceName;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "Compare with this dictionary.json instead of the one already in --out.")
    Path previous;

    @Option(names = "--no-compare", description = "Do not compare with the previous run.")
    boolean noCompare;

    @Option(names = "--full", description = "Profile and describe every table again, even those whose fingerprint "
            + "shows them unchanged since the previous run (by default their profile and description are kept).")
    boolean full;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    Set<OutputFormat> outputFormats() {
        return OutputFormat.parseList(formats);
    }

    RunOptions runOptions() {
        ProfileOptions profile = new ProfileOptions(profileMode(), fullMaxRows, sampleRows,
                ProfileOptions.DEFAULTS.exactDistinctLimit(), ProfileOptions.DEFAULTS.fetchSize(), profileSlices);
        return new RunOptions(sourceName, profile, parallelism, profileConcurrency);
    }

    private ProfileMode profileMode() {
        try {
            return ProfileMode.valueOf(mode.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mode: unknown mode '" + mode + "'; choose full, sample, auto or hybrid");
        }
    }
}
