package io.datamind.profile;

public record BooleanStats(long trueCount, long falseCount) {
}
