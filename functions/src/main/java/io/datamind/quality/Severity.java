package io.datamind.quality;

/** How much a finding matters; only WARNING and ERROR findings lower a score. */
public enum Severity { INFO, WARNING, ERROR }
