package io.datamind.profile;

/** AUTO profiles every row up to {@link ProfileOptions#fullModeMaxRows()} and samples above. */
public enum ProfileMode { AUTO, FULL, SAMPLE }
