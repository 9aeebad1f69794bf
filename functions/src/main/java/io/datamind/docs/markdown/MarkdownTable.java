package io.datamind.docs.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A GitHub-flavoured Markdown table; cells are added already formatted (see {@link Md#cell}). */
final class MarkdownTable {

    private final List<String> header;
    private final List<String> alignment;
    private final List<List<String>> rows = new ArrayList<>();

    MarkdownTable(String... header) {
        this.header = List.of(header);
        this.alignment = new ArrayList<>(Collections.nCopies(header.length, "---"));
    }

    MarkdownTable alignRight(int... columns) {
        for (int column : columns) {
            alignment.set(column, "---:");
        }
        return this;
    }

    MarkdownTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, header " + header.size());
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        line(out, header);
        line(out, alignment);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
