package io.datamind.profile;

import io.datamind.profile.metric.CountedKeys;
import io.datamind.profile.metric.DistinctCounter;
import io.datamind.profile.metric.ExampleReservoir;
import io.datamind.profile.metric.FrequentHashedStrings;
import io.datamind.profile.metric.Moments;
import io.datamind.profile.metric.PeriodDistribution;
import io.datamind.profile.metric.SizeAccumulator;
import io.datamind.profile.metric.TextLengths;
import io.datamind.profile.metric.ValueSample;

/**
 * Everything one column's profiler has accumulated over part of a table, in a form Jackson writes as JSON
 * (sketches as base64 of their DataSketches images), so that partial profiles of a table's slices can travel
 * between invocations and merge. Only the blocks of the column's family are set; the others are null.
 *
 * @param nulls    null values seen
 * @param values   distinct count, top values, examples and the classifier's sample (all but booleans and opaque)
 * @param moments  numbers: min, max, sum, mean and m2 (for the variance), zeros, negatives
 * @param quantiles numbers: the KLL sketch image
 * @param lengths  text: length figures
 * @param shapes   text: the frequent-shapes sketch with the shapes it tracks
 * @param temporal dates and times: range and period counts
 * @param bool     booleans: true and false counts
 * @param sizes    opaque values: byte sizes
 */
public record ColumnState(
        String column,
        long nulls,
        ValuesState values,
        Moments.State moments,
        byte[] quantiles,
        TextLengths.State lengths,
        FrequentHashedStrings.State shapes,
        TemporalState temporal,
        BooleanState bool,
        SizeAccumulator.State sizes) {

    static ColumnState of(String column, long nulls) {
        return new ColumnState(column, nulls, null, null, null, null, null, null, null, null);
    }

    ColumnState withValues(ValuesState newValues) {
        return new ColumnState(column, nulls, newValues, moments, quantiles, lengths, shapes, temporal, bool, sizes);
    }

    ColumnState withNumbers(Moments.State newMoments, byte[] newQuantiles) {
        return new ColumnState(column, nulls, values, newMoments, newQuantiles, lengths, shapes, temporal, bool, sizes);
    }

    ColumnState withText(TextLengths.State newLengths, FrequentHashedStrings.State newShapes) {
        return new ColumnState(column, nulls, values, moments, quantiles, newLengths, newShapes, temporal, bool, sizes);
    }

    ColumnState withTemporal(TemporalState newTemporal) {
        return new ColumnState(column, nulls, values, moments, quantiles, lengths, shapes, newTemporal, bool, sizes);
    }

    ColumnState withBool(BooleanState newBool) {
        return new ColumnState(column, nulls, values, moments, quantiles, lengths, shapes, temporal, newBool, sizes);
    }

    ColumnState withSizes(SizeAccumulator.State newSizes) {
        return new ColumnState(column, nulls, values, moments, quantiles, lengths, shapes, temporal, bool, newSizes);
    }

    /**
     * @param distinct      null; text in partial profiles written before text was counted like numbers: the
     *                      distinct count of value hashes (still read)
     * @param frequentTexts null; text in those older partial profiles: the frequent-items sketch of value hashes
     *                      plus the texts it tracks (still read)
     * @param counted       distinct count and top values of the keys (numbers, dates) or of the value hashes with
     *                      their texts (text-like values)
     */
    public record ValuesState(DistinctCounter.State distinct, FrequentHashedStrings.State frequentTexts, CountedKeys.State counted,
                              ExampleReservoir.State examples, ValueSample.State classifierSample) {
    }

    /**
     * @param access how values were read (LOCAL, OFFSET or TEXT): an OFFSET column renders with a trailing Z
     * @param periods null for times of day
     */
    public record TemporalState(long count, long minKey, long maxKey, String access, PeriodDistribution.State periods) {
    }

    public record BooleanState(long trueCount, long falseCount) {
    }
}
