package io.datamind.profile.metric;

import io.datamind.profile.ValueCount;
import java.util.List;

/**
 * Most frequent shapes of text values: letters become A/a, digits 9, other characters stay,
 * cut at 32 characters ("Main St 42" → "Aaaa Aa 99").
 */
public final class ShapeCounter {

    static final int MAX_SHAPE_LENGTH = 32;
    /** The shape of every ASCII character, looked up: the per-character branches were a hot spot (JFR). */
    private static final char[] ASCII = asciiShapes();
    private static final int MAX_MAP_SIZE = 256;

    private FrequentStrings shapes;
    private final int limit;
    private final char[] buffer = new char[MAX_SHAPE_LENGTH];
    private String lastShape = "";

    public ShapeCounter(int limit) {
        this.limit = limit;
        this.shapes = new FrequentStrings(MAX_MAP_SIZE, limit);
    }

    public void add(String value) {
        shapes.add(shapeOf(value));
    }

    public void merge(ShapeCounter other) {
        shapes.merge(other.shapes);
    }

    public byte[] state() {
        return shapes.state();
    }

    public void restore(byte[] state) {
        shapes = FrequentStrings.restore(state, limit);
    }

    public List<ValueCount> result() {
        return shapes.result().values();
    }

    String shapeOf(String value) {
        int n = Math.min(value.length(), MAX_SHAPE_LENGTH);
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < ASCII.length) {
                buffer[i] = ASCII[c];
            } else if (Character.isLetter(c)) {
                buffer[i] = Character.isUpperCase(c) ? 'A' : 'a';
            } else if (Character.isDigit(c)) {
                buffer[i] = '9';
            } else {
                buffer[i] = c;
            }
        }
        return sameAsLast(n) ? lastShape : (lastShape = new String(buffer, 0, n));
    }

    private static char[] asciiShapes() {
        char[] shapes = new char[128];
        for (char c = 0; c < shapes.length; c++) {
            shapes[c] = c >= 'a' && c <= 'z' ? 'a' : c >= 'A' && c <= 'Z' ? 'A' : c >= '0' && c <= '9' ? '9' : c;
        }
        return shapes;
    }

    /** Consecutive values mostly share a shape: reusing the String skips an allocation and a hash. */
    private boolean sameAsLast(int n) {
        if (lastShape.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (lastShape.charAt(i) != buffer[i]) {
                return false;
            }
        }
        return true;
    }
}
