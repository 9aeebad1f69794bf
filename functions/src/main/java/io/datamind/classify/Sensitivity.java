package io.datamind.classify;

/** Ordered from least to most sensitive. */
public enum Sensitivity { PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED }
