package io.datamind.describe;

/** Review state of a description: SUGGESTED by a model, ACCEPTED by a person (overrides file). */
public enum DescriptionStatus { SUGGESTED, ACCEPTED }
