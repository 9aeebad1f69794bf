package io.datamind.profile;

/**
 * A column's figures over every row of its table, counted by the database in a hybrid profile, whose other figures
 * describe a sample. What a sample can miss is counted (a rare null or empty string, the extremes); what a sample
 * estimates well (shares, averages, distributions) is left to it. Only the figures of the column's type are set.
 *
 * @param numeric    smallest and largest number; null when the column holds none, or NaN or an infinity
 * @param temporal   earliest and latest date, timestamp or time, rendered as the profile renders them
 * @param emptyCount empty strings of a text column
 * @param bool       true and false values of a boolean column
 * @param size       smallest and largest value in bytes of a binary or geometry column
 */
public record ColumnTotals(
        long nullCount,
        double nullRatio,
        NumberRange numeric,
        TimeRange temporal,
        Long emptyCount,
        BooleanStats bool,
        ByteRange size) {

    public record NumberRange(double min, double max) {
    }

    public record TimeRange(String min, String max) {
    }

    public record ByteRange(long minBytes, long maxBytes) {
    }
}
