package io.datamind.quality.rules;

/**
 * Turns a value shape (letters → A/a, digits → 9, other characters kept) into an anchored regular
 * expression that matches exactly the values of that shape, runs compressed: "99999-9999" → ^[0-9]{5}-[0-9]{4}$.
 */
public final class ShapePattern {

    /** Written as one-character classes ("[.]"): no backslashes, so the regex survives DQDL and SQL string literals. */
    private static final String BRACKETABLE = "$.|?*+(){}/";
    private static final String ESCAPED = "\\^[]";

    private ShapePattern() {
    }

    public static String toRegex(String shape) {
        StringBuilder regex = new StringBuilder("^");
        int i = 0;
        while (i < shape.length()) {
            char c = shape.charAt(i);
            int run = 1;
            while (i + run < shape.length() && shape.charAt(i + run) == c) {
                run++;
            }
            regex.append(atom(c));
            if (run > 1) {
                regex.append('{').append(run).append('}');
            }
            i += run;
        }
        return regex.append('$').toString();
    }

    private static String atom(char c) {
        return switch (c) {
            case 'A' -> "[A-Z]";
            case 'a' -> "[a-z]";
            case '9' -> "[0-9]";
            case ' ' -> " ";
            default -> BRACKETABLE.indexOf(c) >= 0 ? "[" + c + "]"
                    : ESCAPED.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
        };
    }
}
