package io.datamind.aws.lambda;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Invokes one handler with an event file, as Lambda would, against whatever the environment points at (AWS, or
 * moto through AWS_ENDPOINT_URL): {@code java -cp datamind.jar io.datamind.aws.lambda.LocalInvoke ScanTable
 * events/scan-table.json}. The handler's output is the last line of stdout; log lines and EMF metrics come before it.
 */
public final class LocalInvoke {

    private static final Map<String, Supplier<RequestStreamHandler>> HANDLERS = Map.ofEntries(
            Map.entry("Plan", PlanHandler::new),
            Map.entry("ScanTable", ScanTableHandler::new),
            Map.entry("ProfileTable", ProfileTableHandler::new),
            Map.entry("ProfileSlice", ProfileSliceHandler::new),
            Map.entry("MergeProfile", MergeProfileHandler::new),
            Map.entry("DescribeTable", DescribeTableHandler::new),
            Map.entry("RecordTableFailure", RecordTableFailureHandler::new),
            Map.entry("Relate", RelateHandler::new),
            Map.entry("Assemble", AssembleHandler::new),
            Map.entry("S3UploadTrigger", S3UploadTriggerHandler::new),
            Map.entry("Schedule", ScheduleHandler::new),
            Map.entry("Api", ApiHandler::new));

    private LocalInvoke() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !HANDLERS.containsKey(args[0])) {
            System.err.println("usage: LocalInvoke <" + String.join("|", new java.util.TreeSet<>(HANDLERS.keySet()))
                    + "> <event.json>");
            System.exit(2);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (InputStream event = Files.newInputStream(Path.of(args[1]))) {
            HANDLERS.get(args[0]).get().handleRequest(event, output, LocalContext.of("datamind-" + args[0]));
        }
        System.out.println(output.toString(StandardCharsets.UTF_8));
    }
}
