package io.datamind.profile.metric;

import io.datamind.profile.ValueCount;
import java.util.List;

/**
 * Most frequent shapes of text values: letters become A/a, digits 9, other characters stay,
 * cut at 32 characters ("Main St 42" → "Aaaa Aa 99").
 * Shapes are counted by a 64-bit hash computed while the shape is built, so a value whose shape was seen
 * before costs no String, no String hash and no equals (JFR: the String-keyed sketch took a fifth of a full
 * profile's CPU on columns of varied shapes such as UUIDs, e-mails and addresses).
 */
public final class ShapeCounter {

    static final int MAX_SHAPE_LENGTH = 32;
    /** The shape of every ASCII character, looked up: the per-character branches were a hot spot (JFR). */
    private static final char[] ASCII = asciiShapes();
    private static final int MAX_MAP_SIZE = 256;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FrequentHashedStrings shapes;
    private final int limit;
    private final char[] buffer = new char[MAX_SHAPE_LENGTH];

    public ShapeCounter(int limit) {
        this.limit = limit;
        this.shapes = new FrequentHashedStrings(limit, MAX_MAP_SIZE);
    }

    public void add(String value) {
        int n = Math.min(value.length(), MAX_SHAPE_LENGTH);
        long hash = FNV_OFFSET;
        for (int i = 0; i < n; i++) {
            char shape = shapeOf(value.charAt(i));
            buffer[i] = shape;
            hash = (hash ^ shape) * FNV_PRIME;
        }
        shapes.add(hash, buffer, n);
    }

    public void merge(ShapeCounter other) {
        shapes.merge(other.shapes);
    }

    public FrequentHashedStrings.State state() {
        return shapes.state();
    }

    public void restore(FrequentHashedStrings.State state) {
        shapes = FrequentHashedStrings.restore(state, limit, MAX_MAP_SIZE);
    }

    public List<ValueCount> result() {
        return shapes.result().values();
    }

    String shapeOf(String value) {
        int n = Math.min(value.length(), MAX_SHAPE_LENGTH);
        char[] shape = new char[n];
        for (int i = 0; i < n; i++) {
            shape[i] = shapeOf(value.charAt(i));
        }
        return new String(shape);
    }

    private static char shapeOf(char c) {
        if (c < ASCII.length) {
            return ASCII[c];
        }
        if (Character.isLetter(c)) {
            return Character.isUpperCase(c) ? 'A' : 'a';
        }
        return Character.isDigit(c) ? '9' : c;
    }

    private static char[] asciiShapes() {
        char[] shapes = new char[128];
        for (char c = 0; c < shapes.length; c++) {
            shapes[c] = c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : c >= '0' && c <= '9' ? '9' : c;
        }
        return shapes;
    }
}
