package io.datamind.statemachine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A state machine definition from statemachine/, with its ${…} placeholders for the Lambda function ARNs. */
record AslDefinition(Path file, String text) {

    static final Path FOLDER = Path.of("..", "statemachine");
    static final String INLINE = "datamind.asl.json";
    static final String DISTRIBUTED = "datamind-distributed.asl.json";

    /** The documented placeholders; the CDK stack substitutes each with a function's ARN. */
    static final List<String> PLACEHOLDERS = List.of("PlanFunctionArn", "ScanTableFunctionArn",
            "ProfileTableFunctionArn", "ProfileSliceFunctionArn", "MergeProfileFunctionArn", "DescribeTableFunctionArn", "RecordTableFailureFunctionArn",
            "RelateFunctionArn", "AssembleFunctionArn");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");

    static AslDefinition load(String fileName) {
        Path file = FOLDER.resolve(fileName);
        try {
            return new AslDefinition(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** The function a placeholder stands for: PlanFunctionArn is the function Plan. */
    static String functionOf(String placeholder) {
        return placeholder.substring(0, placeholder.length() - "FunctionArn".length());
    }

    Set<String> placeholders() {
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The definition with every placeholder replaced; fails if one has no value. */
    String substitute(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for ${" + matcher.group(1) + "} in " + file);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
