package io.datamind.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(name = "datamind", mixinStandardHelpOptions = true, versionProvider = DataMindCli.Version.class,
        subcommands = {DemoCommand.class, DocumentCommand.class, ExportDescriptionsCommand.class, CommandLine.HelpCommand.class},
        description = "DataMind: a data dictionary for your databases — schema, statistics, descriptions, relationships.")
public final class DataMindCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI without exiting the JVM, for tests and embedding. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DataMindCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new ErrorReporter());
        commandLine.setParameterExceptionHandler(ErrorReporter::reportUsageError);
        documentExitCodes(commandLine);
        return commandLine.execute(args);
    }

    private static void documentExitCodes(CommandLine commandLine) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.format("%2d", code.code()), code.meaning());
        }
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        commandLine.getSubcommands().values().forEach(sub ->
                sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: demo or document");
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DataMindCli.class.getPackage().getImplementationVersion();
            return new String[] {"DataMind " + (version == null ? "development build" : version)};
        }
    }

    /** Turns exceptions into one-line messages and documented exit codes. */
    static final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            boolean verbose = isVerbose(parseResult);
            ExitCode code;
            if (e instanceof UserError userError) {
                code = userError.exitCode();
                err.println("datamind: error: " + userError.getMessage());
            } else if (e instanceof IllegalArgumentException) {
                code = ExitCode.USAGE;
                err.println("datamind: error: " + e.getMessage());
            } else {
                code = ExitCode.INTERNAL_ERROR;
                err.println("datamind: unexpected error: " + e + (verbose ? "" : " (rerun with --verbose for details)"));
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return code.code();
        }

        static int reportUsageError(CommandLine.ParameterException e, String[] args) {
            CommandLine commandLine = e.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println("datamind: error: " + e.getMessage());
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCode.USAGE.code();
        }

        private static boolean isVerbose(CommandLine.ParseResult parseResult) {
            for (CommandLine.ParseResult result = parseResult; result != null; result = result.subcommand()) {
                if (result.hasMatchedOption("--verbose")) {
                    return true;
                }
            }
            return false;
        }
    }
}
