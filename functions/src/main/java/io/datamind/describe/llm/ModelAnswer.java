package io.datamind.describe.llm;

import java.util.List;

/** A validated model answer for one table or one chunk of its columns (the shape of answer.schema.json). */
public record ModelAnswer(TableText table, List<ColumnText> columns) {

    public record TableText(String description, String businessName, List<String> tags) {
    }

    public record ColumnText(String name, String description, String businessName, Double confidence) {
    }

    public ModelAnswer {
        columns = List.copyOf(columns);
    }
}
