package io.datamind.cli;

import io.datamind.demo.DemoDatabase;
import io.datamind.scan.SourceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "demo", sortOptions = false,
        description = "Create an embedded sample shop database and document it: real output in a minute, no setup.")
final class DemoCommand implements Callable<Integer> {

    private static final long SEED = 20_261_122L;

    @Mixin
    RunSettings settings;

    @Mixin
    DescriberSettings describerSettings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path databaseFolder = Files.createTempDirectory("datamind-demo");
        try {
            String url = new DemoDatabase(SEED).create(databaseFolder);
            spec.commandLine().getErr().println("datamind: created the demo database (H2) in " + databaseFolder);
            if (settings.sourceName == null) {
                settings.sourceName = "demo-shop";
            }
            return new DocumentationRun(settings, describerSettings, spec.commandLine().getOut(), spec.commandLine().getErr()).execute(SourceConfig.of(url)).code();
        } finally {
            deleteQuietly(databaseFolder);
        }
    }

    private void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            spec.commandLine().getErr().println("datamind: could not remove the temporary demo database in " + folder);
        }
    }
}
