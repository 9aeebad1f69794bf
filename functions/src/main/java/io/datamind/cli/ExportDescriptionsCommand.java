package io.datamind.cli;

import io.datamind.describe.llm.review.DescriptionExporter;
import io.datamind.describe.llm.review.DescriptionOverrides;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export-descriptions", sortOptions = false,
        description = "Write a dictionary's generated descriptions to a YAML overrides file for review in a pull request.",
        footer = "%nExample:%n  java -jar datamind.jar export-descriptions --from datamind-out/dictionary.json --to overrides.yaml")
final class ExportDescriptionsCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "dictionary.json of a run.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "Overrides file to write (YAML).")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DescriptionOverrides overrides;
        try {
            overrides = new DescriptionExporter().export(from);
        } catch (IOException e) {
            throw new IllegalArgumentException("--from: cannot read " + from + ": " + e.getMessage());
        }
        try {
            overrides.write(to);
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT_NOT_WRITABLE, "cannot write " + to + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("Exported the descriptions of %d tables to %s; edit them and pass --overrides %s.%n",
                overrides.tables().size(), to, to);
        return ExitCode.OK.code();
    }
}
