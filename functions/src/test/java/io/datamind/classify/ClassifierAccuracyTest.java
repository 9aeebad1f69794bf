package io.datamind.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.classify.bench.AccuracyScore;
import io.datamind.classify.bench.LabelledColumn;
import io.datamind.classify.bench.LabelledCorpus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The classifier against the labelled corpus: per-type precision/recall, macro F1 and PII detection. */
class ClassifierAccuracyTest {

    private final SemanticClassifier classifier = new SemanticClassifier();

    @Test
    void corpusCoversEverySemanticTypeAndHasDecoys() {
        List<LabelledColumn> corpus = LabelledCorpus.generate();
        Set<SemanticType> covered = corpus.stream().map(LabelledColumn::expected).collect(Collectors.toSet());
        assertThat(covered).containsAll(EnumSet.allOf(SemanticType.class));
        assertThat(corpus.stream().filter(LabelledColumn::decoy).count()).isGreaterThanOrEqualTo(20);
        assertThat(corpus).allSatisfy(column -> assertThat(column.evidence().values()).hasSize(200));
    }

    @Test
    void corpusIsDeterministic() {
        assertThat(LabelledCorpus.generate()).isEqualTo(LabelledCorpus.generate());
    }

    /** The published seed and four others: same column shapes, different values and amounts of junk. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {LabelledCorpus.SEED, 1, 2, 3, 4})
    void meetsAccuracyTargets(long seed) {
        AccuracyScore score = AccuracyScore.of(classifier, LabelledCorpus.generate(seed), seed);
        String report = score.markdown();

        assertThat(score.macroF1()).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(score.piiRecall()).as(report).isGreaterThanOrEqualTo(0.95);
        assertThat(score.piiPrecision()).as(report).isGreaterThanOrEqualTo(0.90);
        assertThat(score.perType().values()).as(report)
                .allSatisfy(type -> assertThat(type.f1()).as(type.type().name()).isGreaterThanOrEqualTo(0.75));
    }

    @Test
    void decoysAreNotMistakenForWhatTheyLookLike() {
        AccuracyScore score = AccuracyScore.of(classifier, LabelledCorpus.generate());
        List<AccuracyScore.Outcome> decoys = score.outcomes().stream().filter(o -> o.column().decoy()).toList();
        long correct = decoys.stream().filter(AccuracyScore.Outcome::correct).count();
        assertThat(correct / (double) decoys.size()).as(score.markdown()).isGreaterThanOrEqualTo(0.9);
        assertThat(decoys).filteredOn(o -> o.column().evidence().name().equals("order_total"))
                .singleElement().satisfies(o -> assertThat(o.predicted().type()).isNotEqualTo(SemanticType.PHONE));
        assertThat(decoys).filteredOn(o -> o.column().evidence().name().equals("notes"))
                .singleElement().satisfies(o -> assertThat(o.predicted().type()).isNotEqualTo(SemanticType.EMAIL));
        assertThat(decoys).filteredOn(o -> o.column().evidence().name().equals("product_id"))
                .singleElement().satisfies(o -> assertThat(o.predicted().type()).isNotEqualTo(SemanticType.US_ZIP));
    }
}
