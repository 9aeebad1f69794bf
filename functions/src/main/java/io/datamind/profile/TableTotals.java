package io.datamind.profile;

/**
 * What a hybrid profile counted over every row of the table, in one aggregate query beside its sample; each column's
 * figures are in {@link ColumnProfile#totals()}.
 *
 * @param rows       rows of the table when the query ran
 * @param durationMs the query's wall time
 */
public record TableTotals(long rows, long durationMs) {
}
