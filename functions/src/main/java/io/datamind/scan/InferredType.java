package io.datamind.scan;

/**
 * How a data file column's type family was inferred: a column is given the most specific family (integer, decimal,
 * boolean, date, timestamp) that at least {@code minShare} of its examined non-empty values parse as, else text.
 *
 * @param share  non-empty values examined that parse as the column's family, as a fraction of {@code values}
 * @param values non-empty values examined (the first rows of the file, up to the inference limit)
 */
public record InferredType(double share, long values) {

    public InferredType {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be between 0 and 1, got " + share);
        }
    }
}
