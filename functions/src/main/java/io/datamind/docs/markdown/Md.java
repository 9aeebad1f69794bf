package io.datamind.docs.markdown;

/** Escaping for text that lands in Markdown: database names and comments may hold anything. */
final class Md {

    private Md() {
    }

    /** Inline text: raw HTML is neutralised and Markdown punctuation cannot start emphasis, links or headings. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '[', ']', '#', '|' -> out.append('\\').append(c);
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A table cell: as text, with line breaks kept as {@code <br>} so the row stays on one line. */
    static String cell(String value) {
        return text(value).replace("\n", "<br>");
    }

    /** Inline code; the fence grows past any backticks inside, and newlines would end the cell. */
    static String code(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String flat = value.replace("\r", "").replace("\n", " ").replace("|", "\\|");
        String fence = value.contains("`") ? "``" : "`";
        return fence + (flat.startsWith("`") || flat.endsWith("`") ? " " + flat + " " : flat) + fence;
    }

    static String link(String label, String target) {
        return "[" + text(label) + "](" + target + ")";
    }

    static String codeBlock(String language, String content) {
        String fence = "```";
        while (content.contains(fence)) {
            fence += "`";
        }
        return fence + language + "\n" + content.stripTrailing() + "\n" + fence + "\n";
    }

    /** The first sentence or so, for index tables. */
    static String shortText(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String flat = value.replaceAll("\\s+", " ").strip();
        return flat.length() <= maxLength ? flat : flat.substring(0, maxLength - 1).stripTrailing() + "…";
    }
}
