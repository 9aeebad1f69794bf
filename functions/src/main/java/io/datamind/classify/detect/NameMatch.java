package io.datamind.classify.detect;

/** How strongly a column name points at a type (0..1) and the word that did it (null when nothing matched). */
public record NameMatch(double score, String phrase) {

    public static final NameMatch NONE = new NameMatch(0, null);

    public boolean matched() {
        return score > 0;
    }
}
