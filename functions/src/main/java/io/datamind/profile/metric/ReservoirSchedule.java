package io.datamind.profile.metric;

import java.util.SplittableRandom;

/**
 * Li's "Algorithm L" for reservoir sampling: decides which positions of a stream enter a reservoir of fixed
 * capacity, and into which slot. It computes how many positions to skip, so most values cost one comparison
 * and are never rendered — the reason this is not DataSketches' reservoir, which takes every item up front.
 */
final class ReservoirSchedule {

    private final int capacity;
    private final SplittableRandom random;
    private int filled;
    private long seen;
    private long nextPick;
    private double w;

    ReservoirSchedule(int capacity, long seed) {
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
    }

    /** Counts one stream position; the slot its value should go to, or -1 to skip it. */
    int offer() {
        long index = seen++;
        if (filled < capacity) {
            return filled;
        }
        if (index < nextPick) {
            return -1;
        }
        w *= Math.exp(Math.log(uniform()) / capacity);
        nextPick = index + skip() + 1;
        return random.nextInt(capacity);
    }

    /** The value offered {@code slot} was stored; while filling, this grows the reservoir. */
    void stored(int slot) {
        if (slot == filled) {
            filled++;
            if (filled == capacity) {
                w = Math.exp(Math.log(uniform()) / capacity);
                nextPick = seen + skip();
            }
        }
    }

    int filled() {
        return filled;
    }

    long seen() {
        return seen;
    }

    /** Continues after a merge: {@code filled} slots hold a uniform sample of {@code seenSoFar} positions. */
    void resume(int filledSlots, long seenSoFar) {
        filled = filledSlots;
        seen = seenSoFar;
        if (filled == capacity) {
            w = Math.exp(Math.log(uniform()) / capacity);
            nextPick = seen + skip();
        }
    }

    /**
     * Which of two uniform samples (of {@code seenA} and {@code seenB} stream positions) supplies each slot of
     * a uniform sample of the union: draws without replacement, A with probability remaining A ÷ remaining
     * both. Returns true for A, false for B, one entry per slot of the merged sample.
     */
    boolean[] mergeDraws(long seenA, long seenB) {
        int slots = (int) Math.min(capacity, seenA + seenB);
        boolean[] fromA = new boolean[slots];
        long restA = seenA;
        long restB = seenB;
        for (int i = 0; i < slots; i++) {
            fromA[i] = random.nextDouble() * (restA + restB) < restA;
            if (fromA[i]) {
                restA--;
            } else {
                restB--;
            }
        }
        return fromA;
    }

    private long skip() {
        double gap = Math.floor(Math.log(uniform()) / Math.log1p(-w));
        return gap >= Long.MAX_VALUE / 2 || Double.isNaN(gap) ? Long.MAX_VALUE / 2 : (long) gap;
    }

    private double uniform() {
        double u = random.nextDouble();
        return u == 0.0 ? Double.MIN_VALUE : u;
    }
}
