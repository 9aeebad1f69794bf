package io.datamind.profile.metric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.docs.Json;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.ValueCount;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CountedKeysTest {

    private static final int LIMIT = 1_000;

    @Test
    void belowTheLimitDistinctCountAndTopValuesAreExact() {
        CountedKeys counted = new CountedKeys(LIMIT, 3);
        long[] tally = new long[900];
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            int key = (int) Math.min(899, Math.abs(random.nextGaussian()) * 150);
            tally[key]++;
            counted.add(key);
        }
        long distinct = java.util.Arrays.stream(tally).filter(c -> c > 0).count();
        assertThat(counted.distinct().exact()).isTrue();
        assertThat(counted.distinct().value()).isEqualTo(distinct);
        List<ValueCount> expected = java.util.stream.IntStream.range(0, tally.length).filter(k -> tally[k] > 0)
                .mapToObj(k -> new ValueCount(Integer.toString(k), tally[k]))
                .sorted(java.util.Comparator.comparingLong(ValueCount::count).reversed()
                        .thenComparingLong(v -> Long.parseLong(v.value())))
                .limit(3).toList();
        FrequentValues top = counted.top(Long::toString);
        assertThat(top.exact()).isTrue();
        assertThat(top.values()).containsExactlyElementsOf(expected);
    }

    @Test
    void equalCountsListTheSmallestKeyFirst() {
        CountedKeys counted = new CountedKeys(LIMIT, 2);
        for (long key : new long[] {9, 4, 7, 4, 9, 7}) {
            counted.add(key);
        }
        assertThat(counted.top(Long::toString).values()).extracting(ValueCount::value).containsExactly("4", "7");
    }

    @Test
    void pastTheLimitSketchesTakeOverSeededWithTheCounts() {
        CountedKeys counted = new CountedKeys(LIMIT, 1);
        for (int i = 0; i < 20_000; i++) {
            counted.add(i % 5 == 0 ? -1 : i);
        }
        assertThat(counted.distinct().exact()).isFalse();
        assertThat((double) counted.distinct().value()).isCloseTo(16_001, org.assertj.core.data.Percentage.withPercentage(5));
        FrequentValues top = counted.top(Long::toString);
        assertThat(top.values()).hasSize(1);
        assertThat(top.values().get(0).value()).isEqualTo("-1");
        assertThat(top.values().get(0).count()).isBetween(4_000L, 4_100L);
    }

    @Test
    void mergesEqualASinglePassAndSurviveJson() throws Exception {
        CountedKeys single = new CountedKeys(LIMIT, 5);
        CountedKeys left = new CountedKeys(LIMIT, 5);
        CountedKeys right = new CountedKeys(LIMIT, 5);
        for (int i = 0; i < 4_000; i++) {
            long key = i % 700;
            single.add(key);
            (i < 1_500 ? left : right).add(key);
        }
        left.merge(roundTrip(right));
        assertThat(left.distinct()).isEqualTo(single.distinct());
        assertThat(left.top(Long::toString)).isEqualTo(single.top(Long::toString));

        CountedKeys wide = new CountedKeys(LIMIT, 5);
        for (int i = 0; i < 3_000; i++) {
            wide.add(100_000 + i);
        }
        left.merge(roundTrip(wide));
        assertThat(left.distinct().exact()).isFalse();
        assertThat((double) left.distinct().value()).isCloseTo(3_700, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(left.top(Long::toString).values()).hasSize(5);
    }

    private static CountedKeys roundTrip(CountedKeys counted) throws Exception {
        ObjectMapper json = Json.mapper();
        String written = json.writeValueAsString(counted.state());
        CountedKeys.State state = json.readValue(written, CountedKeys.State.class);
        assertThat(json.writeValueAsString(state)).isEqualTo(written);
        return CountedKeys.restore(state, 5);
    }

    @Test
    void anEmptyColumnHasNothing() {
        CountedKeys counted = new CountedKeys(LIMIT, 5);
        assertThat(counted.distinct().value()).isZero();
        assertThat(counted.top(Long::toString).values()).isEqualTo(List.of());
    }
}
