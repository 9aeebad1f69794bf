package io.datamind.classify.bench;

import java.util.List;
import java.util.Random;

/** Small helpers for deterministic value generation. */
final class ValueSource {

    private final Random random;

    ValueSource(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    int between(int low, int highInclusive) {
        return low + random.nextInt(highInclusive - low + 1);
    }

    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    String chars(String alphabet, int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    String hex(int count) {
        return chars("0123456789abcdef", count);
    }
}
