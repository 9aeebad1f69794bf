package io.datamind.drift;

/**
 * How large a profile shift must be before it is reported.
 *
 * @param rowCountRelative   relative change of the row count, e.g. 0.20 for ±20%
 * @param nullRatioAbsolute  absolute change of a column's null ratio, e.g. 0.10 for ten percentage points
 * @param distinctRelative   relative change of a column's distinct count (and of its distinct ÷ non-null ratio)
 * @param minRowsForRelative tables with fewer rows than this in both runs get no relative shifts: 3 → 4 rows is not news
 */
public record DriftThresholds(double rowCountRelative, double nullRatioAbsolute, double distinctRelative,
                              long minRowsForRelative) {

    public static final DriftThresholds DEFAULTS = new DriftThresholds(0.20, 0.10, 0.20, 100);

    public DriftThresholds {
        if (rowCountRelative < 0 || nullRatioAbsolute < 0 || distinctRelative < 0 || minRowsForRelative < 0) {
            throw new IllegalArgumentException("drift thresholds must not be negative");
        }
    }

    boolean relativeShift(double before, double after, double threshold) {
        if (before == 0) {
            return after != 0;
        }
        return Math.abs(after - before) / before > threshold;
    }

    boolean bigEnough(long rowsBefore, long rowsAfter) {
        return rowsBefore >= minRowsForRelative || rowsAfter >= minRowsForRelative;
    }
}
