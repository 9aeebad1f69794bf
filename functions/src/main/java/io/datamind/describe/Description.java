package io.datamind.describe;

public record Description(String text, DescriptionSource source) {
}
