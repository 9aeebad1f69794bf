package io.datamind.classify.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A column name split into lower-case words: snake_case, kebab-case, camelCase, PascalCase and digit runs
 * ("contactEmail2" → contact, email, 2; "IPAddress" → ip, address).
 */
public record ColumnName(String raw, List<String> tokens) {

    public ColumnName {
        tokens = List.copyOf(tokens);
    }

    public static ColumnName of(String raw) {
        List<String> tokens = new ArrayList<>();
        for (String part : (raw == null ? "" : raw).split("[^\\p{L}\\p{N}]+")) {
            splitCamelCase(part, tokens);
        }
        return new ColumnName(raw == null ? "" : raw, tokens);
    }

    /** Contiguous runs of up to {@code maxWords} tokens glued together: "e","mail" → "e", "email", "mail". */
    public List<String> compactRuns(int maxWords) {
        List<String> runs = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start++) {
            StringBuilder run = new StringBuilder();
            for (int end = start; end < Math.min(tokens.size(), start + maxWords); end++) {
                run.append(tokens.get(end));
                runs.add(run.toString());
            }
        }
        return runs;
    }

    public String lastToken() {
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    private static void splitCamelCase(String part, List<String> tokens) {
        int start = 0;
        for (int i = 1; i < part.length(); i++) {
            if (isBoundary(part, i)) {
                tokens.add(part.substring(start, i).toLowerCase(Locale.ROOT));
                start = i;
            }
        }
        if (start < part.length()) {
            tokens.add(part.substring(start).toLowerCase(Locale.ROOT));
        }
    }

    private static boolean isBoundary(String s, int i) {
        char previous = s.charAt(i - 1);
        char current = s.charAt(i);
        boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(current);
        boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(current)
                && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1));
        boolean digitEdge = Character.isDigit(previous) != Character.isDigit(current);
        return lowerToUpper || acronymEnd || digitEdge;
    }
}
