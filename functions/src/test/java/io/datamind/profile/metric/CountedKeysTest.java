package io.datamind.profile.metric;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.docs.Json;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.ValueCount;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.datasketches.memory.XxHash;
import org.assertj.core.data.Percentage;
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
    void exactTopTextsAreTheBestOfAllKeysWithTiesByText() {
        CountedKeys counted = CountedKeys.ofTexts(LIMIT, 10);
        Map<String, Long> tally = new HashMap<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            String text = "v" + random.nextInt(LIMIT) % (1 + random.nextInt(40));
            tally.merge(text, 1L, Long::sum);
            counted.add(XxHash.hashString(text, 0, text.length(), 1), text);
        }
        List<ValueCount> expected = tally.entrySet().stream()
                .map(entry -> new ValueCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value))
                .limit(10).toList();
        assertThat(tally).hasSizeGreaterThan(30);
        assertThat(counted.topTexts().values()).containsExactlyElementsOf(expected);
        assertThat(CountedKeys.ofTexts(LIMIT, 0).topTexts().values()).isEmpty();
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

    private static void addText(CountedKeys counted, String text) {
        counted.add(XxHash.hashString(text, 0, text.length(), 7), text);
    }

    /** 5,000 distinct texts: more than the text frequent-items sketch tracks (1,536), so exact only by counting. */
    @Test
    void textsBelowTheLimitHaveExactTopValuesOrderedByCountThenText() {
        CountedKeys counted = CountedKeys.ofTexts(10_000, 10);
        Map<String, Long> tally = new HashMap<>();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 60_000; i++) {
            String text = i < 5_000 ? "name " + i : "name " + (int) Math.min(4_999, Math.abs(random.nextGaussian()) * 40);
            tally.merge(text, 1L, Long::sum);
            addText(counted, text);
        }
        assertThat(tally).hasSize(5_000);
        assertThat(counted.distinct()).isEqualTo(io.datamind.profile.DistinctCount.exact(5_000));
        List<ValueCount> expected = tally.entrySet().stream().map(e -> new ValueCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(ValueCount::count).reversed().thenComparing(ValueCount::value))
                .limit(10).toList();
        FrequentValues top = counted.topTexts();
        assertThat(top.exact()).isTrue();
        assertThat(top.values()).containsExactlyElementsOf(expected);

        FrequentHashedStrings sketch = new FrequentHashedStrings(10);
        tally.forEach((text, count) -> sketch.add(XxHash.hashString(text, 0, text.length(), 7), text, count));
        assertThat(sketch.result().exact()).as("what the sketch alone would report").isFalse();
    }

    @Test
    void equalCountsListTheFirstTextFirst() {
        CountedKeys counted = CountedKeys.ofTexts(LIMIT, 2);
        for (String text : new String[] {"pear", "apple", "fig", "apple", "pear", "fig"}) {
            addText(counted, text);
        }
        assertThat(counted.topTexts().values()).extracting(ValueCount::value).containsExactly("apple", "fig");
    }

    /** A text frequent only before the limit was crossed is listed with its text: the sketch was seeded with it. */
    @Test
    void textsPastTheLimitSeedTheSketchesWithCountsAndTexts() {
        CountedKeys counted = CountedKeys.ofTexts(LIMIT, 2);
        for (int i = 0; i < 20_000; i++) {
            addText(counted, i % 5 == 0 ? "heavy" : i < 900 && i % 3 == 0 ? "early" : "unique " + i);
        }
        assertThat(counted.distinct().exact()).isFalse();
        assertThat((double) counted.distinct().value()).isCloseTo(15_702, Percentage.withPercentage(5));
        FrequentValues top = counted.topTexts();
        assertThat(top.exact()).isFalse();
        assertThat(top.values()).extracting(ValueCount::value).containsExactly("heavy", "early");
        assertThat(top.values().get(0).count()).isBetween(4_000L, 4_100L);
        assertThat(top.values().get(1).count()).isBetween(240L, 340L);
    }

    @Test
    void textMergesEqualASinglePassAndSurviveJson() throws Exception {
        CountedKeys single = CountedKeys.ofTexts(LIMIT, 5);
        CountedKeys left = CountedKeys.ofTexts(LIMIT, 5);
        CountedKeys right = CountedKeys.ofTexts(LIMIT, 5);
        for (int i = 0; i < 4_000; i++) {
            String text = i % 3 == 0 ? "v" + i % 7 : "v" + i % 700;
            addText(single, text);
            addText(i < 1_500 ? left : right, text);
        }
        left.merge(roundTripTexts(right));
        assertThat(left.distinct()).isEqualTo(single.distinct());
        assertThat(left.distinct().exact()).isTrue();
        assertThat(left.topTexts()).isEqualTo(single.topTexts());
        assertThat(left.topTexts().exact()).isTrue();

        CountedKeys wide = CountedKeys.ofTexts(LIMIT, 5);
        for (int i = 0; i < 3_000; i++) {
            addText(wide, "w" + i % 800);
        }
        left.merge(roundTripTexts(wide));
        assertThat(left.distinct().exact()).as("exact + exact past the limit").isFalse();
        assertThat((double) left.distinct().value()).isCloseTo(1_500, Percentage.withPercentage(5));
        assertThat(roundTripTexts(left).topTexts()).isEqualTo(left.topTexts());
        assertThat(left.topTexts().values()).hasSize(5).allSatisfy(v -> assertThat(v.value()).startsWith("v"));
    }

    @Test
    void textSketchesMergeWithExactCountsEitherWay() throws Exception {
        CountedKeys sketched = CountedKeys.ofTexts(LIMIT, 3);
        CountedKeys exact = CountedKeys.ofTexts(LIMIT, 3);
        for (int i = 0; i < 5_000; i++) {
            addText(sketched, i % 4 == 0 ? "common" : "unique " + i);
            addText(exact, i % 2 == 0 ? "common" : "rare " + i % 10);
        }
        CountedKeys sketchFirst = roundTripTexts(sketched);
        sketchFirst.merge(roundTripTexts(exact));
        CountedKeys exactFirst = roundTripTexts(exact);
        exactFirst.merge(roundTripTexts(sketched));
        for (CountedKeys merged : List.of(sketchFirst, exactFirst)) {
            assertThat(merged.distinct().exact()).isFalse();
            assertThat((double) merged.distinct().value()).isCloseTo(3_755, Percentage.withPercentage(5));
            assertThat(merged.topTexts().values()).first().isEqualTo(new ValueCount("common", 1_250 + 2_500));
        }
    }

    /** Partial profiles written before texts were counted here held a distinct counter and a frequent-items sketch. */
    @Test
    void textStatesOfTheFormerLayoutStillMerge() {
        DistinctCounter distinct = new DistinctCounter(LIMIT);
        FrequentHashedStrings frequent = new FrequentHashedStrings(3);
        CountedKeys current = CountedKeys.ofTexts(LIMIT, 3);
        for (int i = 0; i < 600; i++) {
            String text = "t" + i % 200;
            long hash = XxHash.hashString(text, 0, text.length(), 7);
            distinct.add(hash);
            frequent.add(hash, text);
            addText(current, i < 300 ? "t0" : "t" + i);
        }
        CountedKeys former = CountedKeys.restoreTexts(distinct.state(), frequent.state(), 3);
        assertThat(former.distinct()).isEqualTo(io.datamind.profile.DistinctCount.exact(200));
        former.merge(current);
        assertThat(former.distinct()).isEqualTo(io.datamind.profile.DistinctCount.exact(500));
        assertThat(former.topTexts().values()).first().isEqualTo(new ValueCount("t0", 303));
    }

    private static CountedKeys roundTripTexts(CountedKeys counted) throws Exception {
        ObjectMapper json = Json.mapper();
        String written = json.writeValueAsString(counted.state());
        CountedKeys.State state = json.readValue(written, CountedKeys.State.class);
        assertThat(json.writeValueAsString(state)).isEqualTo(written);
        CountedKeys restored = CountedKeys.restore(state, 5);
        assertThat(restored.distinct()).isEqualTo(counted.distinct());
        return restored;
    }
}
