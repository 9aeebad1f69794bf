package io.datamind.describe;

public record ColumnDescription(String column, Description description) {
}
