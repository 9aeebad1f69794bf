package io.datamind.quality.suggest;

/** The kinds of checks DataMind suggests (compare Deequ's constraint suggestions and Glue's recommendations). */
public enum SuggestionKind {
    NON_EMPTY_TABLE, COMPLETE, UNIQUE, VALUE_RANGE, ALLOWED_VALUES, PATTERN, LENGTH_BOUNDS, FOREIGN_KEY
}
