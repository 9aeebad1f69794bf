package io.datamind.classify;

/** What kind of personal data a semantic type is, and how carefully it must be handled. */
public record PiiRating(PiiCategory category, Sensitivity sensitivity) {

    public boolean isPii() {
        return category != PiiCategory.NONE;
    }
}
