package io.datamind.profile.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.datamind.profile.DistinctCount;
import io.datamind.profile.TemporalStats;
import io.datamind.profile.ValueCount;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The accumulators on their own, with figures known by construction. */
class AccumulatorTest {

    @Test
    void longCountMapCountsLikeAHashMapIncludingTheSentinelKey() {
        LongCountMap map = new LongCountMap(4);
        Map<Long, Long> reference = new HashMap<>();
        for (long i = 0; i < 50_000; i++) {
            long key = i % 3 == 0 ? Long.MIN_VALUE : (i * 2_654_435_761L) % 7_919;
            map.add(key, 1);
            reference.merge(key, 1L, Long::sum);
        }
        assertThat(map.size()).isEqualTo(reference.size());
        Map<Long, Long> seen = new HashMap<>();
        map.forEach(seen::put);
        assertThat(seen).isEqualTo(reference);
        assertThat(map.contains(Long.MIN_VALUE)).isTrue();
        assertThat(map.contains(-1)).isFalse();
    }

    @Test
    void distinctCounterIsExactUpToTheLimitThenEstimates() {
        DistinctCounter small = new DistinctCounter(100);
        for (int i = 0; i < 1_000; i++) {
            small.add(i % 100);
        }
        assertThat(small.result()).isEqualTo(DistinctCount.exact(100));

        DistinctCounter large = new DistinctCounter(100);
        for (int i = 0; i < 200_000; i++) {
            large.add(i % 50_000);
        }
        DistinctCount estimate = large.result();
        assertThat(estimate.exact()).isFalse();
        // lgK=12 has a relative standard error of about 1.6%: this stream lands at +3.3%, inside 2 sigma
        assertThat((double) estimate.value()).isCloseTo(50_000, within(50_000 * 0.035));
        org.apache.datasketches.hll.HllSketch direct = new org.apache.datasketches.hll.HllSketch(DistinctCounter.LG_K);
        for (int i = 0; i < 200_000; i++) {
            direct.update((long) (i % 50_000));
        }
        assertThat(estimate.value()).as("replaying the exact set loses nothing").isEqualTo(Math.round(direct.getEstimate()));
        assertThat(estimate.lowerBound()).isLessThan(estimate.value());
        assertThat(estimate.upperBound()).isGreaterThan(estimate.value());
    }

    @Test
    void reservoirKeepsDistinctValuesAndIsRoughlyUniform() {
        int[] picks = new int[10];
        for (long seed = 0; seed < 2_000; seed++) {
            ExampleReservoir reservoir = new ExampleReservoir(5, seed);
            for (long i = 0; i < 1_000; i++) {
                if (reservoir.wants(i)) {
                    reservoir.store(i, Long.toString(i));
                }
            }
            assertThat(reservoir.result()).hasSize(5).doesNotHaveDuplicates();
            for (String value : reservoir.result()) {
                picks[Integer.parseInt(value) / 100]++;
            }
        }
        for (int decile : picks) {
            assertThat((double) decile).as("picks per tenth of the stream").isCloseTo(1_000, within(150.0));
        }

        ExampleReservoir fewValues = new ExampleReservoir(5, 1);
        Set<String> stored = new HashSet<>();
        for (long i = 0; i < 10_000; i++) {
            if (fewValues.wants(i % 3)) {
                fewValues.store(i % 3, Long.toString(i % 3));
                stored.add(Long.toString(i % 3));
            }
        }
        assertThat(fewValues.result()).containsExactlyInAnyOrder("0", "1", "2");
    }

    @Test
    void periodsAreBoundedAndCoarsenedWithTheSpan() {
        PeriodDistribution days = new PeriodDistribution();
        long start = LocalDate.of(2024, 1, 1).toEpochDay();
        for (int i = 0; i < 62; i++) {
            days.addEpochDay(start + i);
            days.addEpochDay(start + i);
        }
        TemporalStats byDay = days.result("a", "b");
        assertThat(byDay.granularity()).isEqualTo("day");
        assertThat(byDay.distribution()).hasSize(62).first().isEqualTo(new ValueCount("2024-01-01", 2));

        PeriodDistribution centuries = new PeriodDistribution();
        long from = LocalDate.of(1800, 1, 1).toEpochDay();
        for (int i = 0; i < 200 * 366; i++) {
            centuries.addEpochDay(from + i);
        }
        TemporalStats byYear = centuries.result("a", "b");
        assertThat(byYear.granularity()).isEqualTo("year");
        assertThat(byYear.distribution()).hasSizeLessThanOrEqualTo(PeriodDistribution.MAX_BUCKETS);
        assertThat(byYear.distribution().get(0)).isEqualTo(new ValueCount("1800", 365));
        assertThat(byYear.distribution().stream().mapToLong(ValueCount::count).sum()).isEqualTo(200 * 366);

        PeriodDistribution months = new PeriodDistribution();
        months.addEpochDay(LocalDate.of(2020, 1, 31).toEpochDay());
        months.addEpochDay(LocalDate.of(2025, 12, 1).toEpochDay());
        assertThat(months.result("a", "b").distribution())
                .containsExactly(new ValueCount("2020-01", 1), new ValueCount("2025-12", 1));
    }

    /** 200,000 unique strings force many purges and prunes; the heavy hitters keep their own text. */
    @Test
    void hashedFrequentStringsKeepTheTextOfTheHeavyHitters() {
        FrequentHashedStrings frequent = new FrequentHashedStrings(10);
        for (int i = 0; i < 200_000; i++) {
            String value = i % 10 == 0 ? "heavy-" + (i % 30) : "unique-" + i;
            frequent.add(org.apache.datasketches.memory.XxHash.hashString(value, 0, value.length(), 7), value);
        }
        io.datamind.profile.FrequentValues top = frequent.result();
        assertThat(top.exact()).isFalse();
        assertThat(top.values()).extracting(ValueCount::value)
                .containsExactlyInAnyOrder("heavy-0", "heavy-10", "heavy-20");
        assertThat(top.values()).allSatisfy(v -> assertThat((double) v.count()).isCloseTo(6_667, within(400.0)));

        FrequentHashedStrings few = new FrequentHashedStrings(10);
        for (int i = 0; i < 1_000; i++) {
            few.add(i % 4, "v" + (i % 4));
        }
        assertThat(few.result()).isEqualTo(new io.datamind.profile.FrequentValues(java.util.List.of(
                new ValueCount("v0", 250), new ValueCount("v1", 250), new ValueCount("v2", 250), new ValueCount("v3", 250)), true));
    }

    @Test
    void shapesMapLettersDigitsAndKeepTheRest() {
        ShapeCounter shapes = new ShapeCounter(5);
        assertThat(shapes.shapeOf("Main St 42")).isEqualTo("Aaaa Aa 99");
        assertThat(shapes.shapeOf("Émile-3")).isEqualTo("Aaaaa-9");
        assertThat(shapes.shapeOf("x".repeat(100))).hasSize(32);
    }

    @Test
    void momentsMatchTheTwoPassFormulas() {
        Moments moments = new Moments();
        double[] values = {1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16, 0, -3};
        for (double v : values) {
            moments.add(v);
        }
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        double ss = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum();
        assertThat(moments.mean()).isCloseTo(mean, within(1e-6));
        assertThat(moments.stddev()).isCloseTo(Math.sqrt(ss / 5), within(1e-6));
        assertThat(moments.zeros()).isEqualTo(1);
        assertThat(moments.negatives()).isEqualTo(1);
    }
}
