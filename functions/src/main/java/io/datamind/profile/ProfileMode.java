package io.datamind.profile;

/**
 * AUTO profiles every row up to {@link ProfileOptions#fullModeMaxRows()} and samples above. HYBRID does the same, and
 * where it samples also counts, over every row, what a sample can miss: nulls, empty strings, extremes, true and false
 * ({@link ColumnTotals}), in one aggregate query the database answers without sending a value.
 */
public enum ProfileMode { AUTO, FULL, SAMPLE, HYBRID }
