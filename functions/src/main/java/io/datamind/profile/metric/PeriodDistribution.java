package io.datamind.profile.metric;

import io.datamind.profile.TemporalStats;
import io.datamind.profile.ValueCount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts of dates per day, month or year. Counts are kept per day while there are few buckets and
 * coarsened (day → month → year) past {@link #MAX_BUCKETS}; the reported granularity is chosen from the
 * span at the end (≤ 62 days: day, ≤ 6 years: month, else year), never finer than what was kept.
 */
public final class PeriodDistribution {

    static final int MAX_BUCKETS = 2_000;

    public enum Granularity {
        DAY, MONTH, YEAR;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Granularity kept = Granularity.DAY;
    private LongCountMap buckets = new LongCountMap(256);
    private long lastKey = Long.MIN_VALUE;
    private long minDay = Long.MAX_VALUE;
    private long maxDay = Long.MIN_VALUE;

    public void addEpochDay(long epochDay) {
        if (epochDay < minDay) {
            minDay = epochDay;
        }
        if (epochDay > maxDay) {
            maxDay = epochDay;
        }
        long key = kept == Granularity.DAY ? epochDay : keyOf(epochDay, kept);
        buckets.add(key, 1);
        if (key != lastKey) {
            lastKey = key;
            if (buckets.size() > MAX_BUCKETS) {
                coarsen();
            }
        }
    }

    private void coarsen() {
        Granularity coarser = kept == Granularity.DAY ? Granularity.MONTH : Granularity.YEAR;
        buckets = regroup(buckets, kept, coarser);
        kept = coarser;
        lastKey = Long.MIN_VALUE;
    }

    /** Counts add up exactly, at the coarser of the two kept granularities. */
    public void merge(PeriodDistribution other) {
        Granularity target = kept.ordinal() >= other.kept.ordinal() ? kept : other.kept;
        LongCountMap merged = target == kept ? buckets : regroup(buckets, kept, target);
        LongCountMap theirs = other.kept == target ? other.buckets : regroup(other.buckets, other.kept, target);
        theirs.forEach((key, count) -> merged.add(key, count));
        buckets = merged;
        kept = target;
        lastKey = Long.MIN_VALUE;
        minDay = Math.min(minDay, other.minDay);
        maxDay = Math.max(maxDay, other.maxDay);
        while (buckets.size() > MAX_BUCKETS && kept != Granularity.YEAR) {
            coarsen();
        }
    }

    public State state() {
        long[] keys = new long[buckets.size()];
        long[] counts = new long[buckets.size()];
        int[] next = {0};
        buckets.forEach((key, count) -> {
            keys[next[0]] = key;
            counts[next[0]++] = count;
        });
        return new State(kept.name(), keys, counts, minDay, maxDay);
    }

    public static PeriodDistribution restore(State state) {
        PeriodDistribution restored = new PeriodDistribution();
        restored.kept = Granularity.valueOf(state.kept());
        for (int i = 0; i < state.keys().length; i++) {
            restored.buckets.add(state.keys()[i], state.counts()[i]);
        }
        restored.minDay = state.minDay();
        restored.maxDay = state.maxDay();
        return restored;
    }

    /** @param kept DAY, MONTH or YEAR: the unit of {@code keys} */
    public record State(String kept, long[] keys, long[] counts, long minDay, long maxDay) {
    }

    public TemporalStats result(String min, String max) {
        Granularity target = chooseGranularity();
        if (target.ordinal() < kept.ordinal()) {
            target = kept;
        }
        LongCountMap grouped = target == kept ? buckets : regroup(buckets, kept, target);
        long[][] entries = new long[grouped.size()][];
        int[] index = {0};
        grouped.forEach((key, count) -> entries[index[0]++] = new long[] {key, count});
        Arrays.sort(entries, (a, b) -> Long.compare(a[0], b[0]));
        List<ValueCount> distribution = new ArrayList<>(entries.length);
        for (long[] entry : entries) {
            distribution.add(new ValueCount(label(entry[0], target), entry[1]));
        }
        return new TemporalStats(min, max, target.label(), distribution);
    }

    private Granularity chooseGranularity() {
        long spanDays = maxDay - minDay;
        if (spanDays <= 62) {
            return Granularity.DAY;
        }
        LocalDate first = LocalDate.ofEpochDay(minDay);
        return first.plusYears(6).toEpochDay() >= maxDay ? Granularity.MONTH : Granularity.YEAR;
    }

    private static LongCountMap regroup(LongCountMap from, Granularity fromGranularity, Granularity to) {
        LongCountMap out = new LongCountMap(Math.max(16, from.size() / 8));
        from.forEach((key, count) -> out.add(convert(key, fromGranularity, to), count));
        return out;
    }

    private static long convert(long key, Granularity from, Granularity to) {
        return switch (from) {
            case DAY -> keyOf(key, to);
            case MONTH -> to == Granularity.YEAR ? Math.floorDiv(key, 12) : key;
            case YEAR -> key;
        };
    }

    private static long keyOf(long epochDay, Granularity granularity) {
        if (granularity == Granularity.DAY) {
            return epochDay;
        }
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return granularity == Granularity.MONTH ? date.getYear() * 12L + date.getMonthValue() - 1 : date.getYear();
    }

    private static String label(long key, Granularity granularity) {
        return switch (granularity) {
            case DAY -> LocalDate.ofEpochDay(key).toString();
            case MONTH -> String.format(java.util.Locale.ROOT, "%04d-%02d", Math.floorDiv(key, 12), Math.floorMod(key, 12) + 1);
            case YEAR -> String.format(java.util.Locale.ROOT, "%04d", key);
        };
    }
}
