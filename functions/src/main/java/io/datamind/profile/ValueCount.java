package io.datamind.profile;

public record ValueCount(String value, long count) {
}
