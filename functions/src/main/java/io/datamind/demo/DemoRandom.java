package io.datamind.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Seeded randomness with the few shapes the demo data needs. Each table draws from its own stream,
 * so changing how one table is generated leaves the others' data untouched.
 */
final class DemoRandom {

    private final Random random;

    DemoRandom(long seed, String stream) {
        this.random = new Random(seed * 0x9E3779B97F4A7C15L + stream.hashCode());
    }

    int between(int lowest, int highestInclusive) {
        return lowest + random.nextInt(highestInclusive - lowest + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double unit() {
        return random.nextDouble();
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Index drawn with probability proportional to {@code weights[i]}. */
    int weighted(double[] weights) {
        return weighted(Weights.of(weights));
    }

    int weighted(Weights weights) {
        double target = random.nextDouble() * weights.total();
        int found = Arrays.binarySearch(weights.cumulative(), target);
        int index = found >= 0 ? found + 1 : -found - 1;
        return Math.min(index, weights.cumulative().length - 1);
    }

    /** Running totals of a weight array, computed once for repeated draws. */
    record Weights(double[] cumulative) {

        static Weights of(double[] weights) {
            double[] cumulative = new double[weights.length];
            double total = 0;
            for (int i = 0; i < weights.length; i++) {
                total += weights[i];
                cumulative[i] = total;
            }
            return new Weights(cumulative);
        }

        double total() {
            return cumulative[cumulative.length - 1];
        }
    }

    /** Expands a pattern: '9' becomes a digit, 'A' an upper-case letter, anything else stays. */
    String fromPattern(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            if (c == '9') {
                out.append((char) ('0' + random.nextInt(10)));
            } else if (c == 'A') {
                out.append((char) ('A' + random.nextInt(26)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    String digits(int count) {
        return fromPattern("9".repeat(count));
    }

    LocalDate dateBetween(LocalDate from, LocalDate toInclusive) {
        long days = ChronoUnit.DAYS.between(from, toInclusive);
        return from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    LocalDateTime timeBetween(LocalDateTime from, LocalDateTime to) {
        long seconds = Math.max(1, ChronoUnit.SECONDS.between(from, to));
        return from.plusSeconds((long) (random.nextDouble() * seconds));
    }

    /** A version-4 UUID, but reproducible. */
    UUID uuid() {
        long high = (random.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** A money amount, log-normally spread around {@code median} and ending in .99 like shelf prices. */
    BigDecimal shelfPrice(double median, double spread, double min, double max) {
        double raw = Math.exp(Math.log(median) + spread * random.nextGaussian());
        double clamped = Math.max(min, Math.min(max, raw));
        return BigDecimal.valueOf(Math.floor(clamped) + 0.99).setScale(2, RoundingMode.HALF_UP);
    }

    /** Exactly {@code count} distinct indices below {@code bound} that are not in {@code excluded}. */
    BitSet choose(int count, int bound, BitSet excluded) {
        if (count > bound - excluded.cardinality()) {
            throw new IllegalArgumentException("cannot choose " + count + " of " + bound);
        }
        BitSet chosen = new BitSet(bound);
        while (chosen.cardinality() < count) {
            int index = random.nextInt(bound);
            if (!excluded.get(index)) {
                chosen.set(index);
            }
        }
        return chosen;
    }
}
