package io.datamind.quality;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Thresholds of the quality rules.
 *
 * @param duplicateRowsMaxRows duplicate rows are counted only up to this many rows (a GROUP BY over every column)
 * @param staleAfter           a table whose newest timestamp is older than this is reported stale
 * @param earliestPlausibleDate dates before this are reported as impossible
 * @param maxExamples          examples kept per finding
 */
public record QualityOptions(long duplicateRowsMaxRows, Duration staleAfter, LocalDate earliestPlausibleDate, int maxExamples) {

    public static final QualityOptions DEFAULTS =
            new QualityOptions(1_000_000, Duration.ofDays(30), LocalDate.of(1900, 1, 1), 5);
}
