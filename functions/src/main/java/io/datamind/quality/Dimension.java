package io.datamind.quality;

/** The quality dimensions a score is made of; see the package documentation for the formula. */
public enum Dimension {
    COMPLETENESS(0.30),
    VALIDITY(0.30),
    UNIQUENESS(0.20),
    INTEGRITY(0.20);

    private final double weight;

    Dimension(double weight) {
        this.weight = weight;
    }

    /** Share of the overall score, before re-normalising over the dimensions that apply. */
    public double weight() {
        return weight;
    }
}
