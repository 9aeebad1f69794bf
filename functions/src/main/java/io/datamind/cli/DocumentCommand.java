package io.datamind.cli;

import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

@Command(name = "document", sortOptions = false,
        description = "Document a database (--url) or data files (--files): scan, profile, describe, relate and render.",
        footer = "%nExamples:%n  java -jar datamind.jar document --url jdbc:postgresql://127.0.0.1:5432/shop "
                + "--user reader --password-env SHOP_PASSWORD --schema sales --exclude '*_audit'"
                + "%n  java -jar datamind.jar document --files ./exports --max-file-rows 1000000"
                + "%n  java -jar datamind.jar document --files s3://my-bucket/landing/sales/")
final class DocumentCommand implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "JDBC_URL",
            description = "jdbc:postgresql://…, jdbc:mysql://…, jdbc:mariadb://…, jdbc:sqlite:FILE or jdbc:h2:…")
    String url;

    @Option(names = "--files", paramLabel = "PATH",
            description = "Document data files instead of a database: a file, a folder (every file below it is a table) "
                    + "or s3://bucket/prefix. CSV, TSV, JSON, JSON Lines and Parquet, each optionally .gz.")
    String files;

    @Mixin
    FileLimitSettings fileLimits;

    @Option(names = "--user", paramLabel = "USER", description = "Database user (read-only access is enough).")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR",
            description = "Name of the environment variable holding the password (never pass it as an argument).")
    String passwordEnv;

    @Option(names = "--schema", paramLabel = "SCHEMA", split = ",",
            description = "Schemas to document (repeatable; default: every non-system schema).")
    List<String> schemas = List.of();

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
            description = "Only tables whose name or schema.name matches (repeatable), e.g. 'sales.*'.")
    List<String> include = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", split = ",",
            description = "Skip tables whose name or schema.name matches (repeatable), e.g. '*_backup'.")
    List<String> exclude = List.of();

    @Option(names = "--statement-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Upper bound for every query DataMind sends (default: ${DEFAULT-VALUE}).")
    long statementTimeoutSeconds;

    @Mixin
    RunSettings settings;

    @Mixin
    DescriberSettings describerSettings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((url == null) == (files == null)) {
            throw new IllegalArgumentException("give either --url (a database) or --files (data files), not "
                    + (url == null ? "neither" : "both"));
        }
        DocumentationRun run = new DocumentationRun(settings, describerSettings, spec.commandLine().getOut(),
                spec.commandLine().getErr());
        if (files != null) {
            return run.execute(FileRunSource.open(files, settings.sourceName, fileLimits.limits())).code();
        }
        SourceConfig config = new SourceConfig(url, user, password(), new TableFilter(schemas, include, exclude),
                Duration.ofSeconds(statementTimeoutSeconds));
        return new DocumentationRun(settings, describerSettings, spec.commandLine().getOut(), spec.commandLine().getErr()).execute(config).code();
    }

    private String password() {
        if (passwordEnv == null) {
            return null;
        }
        String value = System.getenv(passwordEnv);
        if (value == null) {
            throw new IllegalArgumentException("--password-env: environment variable " + passwordEnv + " is not set");
        }
        return value;
    }
}
