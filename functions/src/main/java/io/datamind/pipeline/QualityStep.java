package io.datamind.pipeline;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.ValueMasker;
import io.datamind.docs.TableEntry;
import io.datamind.profile.ColumnProfile;
import io.datamind.quality.ExampleMasker;
import io.datamind.quality.QualityAssessor;
import io.datamind.quality.QualityInput;
import io.datamind.quality.QualityOptions;
import io.datamind.quality.TableQuality;
import io.datamind.quality.suggest.RuleSuggester;
import io.datamind.relate.Relationship;
import io.datamind.scan.JdbcSource;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assesses one table's data quality and suggests rules for it. Runs after relate, because
 * referential-integrity checks need the relationships of the whole source.
 */
public final class QualityStep {

    private final DocumentedSource source;
    private final QualityAssessor assessor;
    private final RuleSuggester suggester;
    private final ValueMasker masker = new ValueMasker();

    public QualityStep(JdbcSource source, QualityAssessor assessor, RuleSuggester suggester) {
        this(new JdbcDocumentedSource(source), assessor, suggester);
    }

    public QualityStep(DocumentedSource source, QualityAssessor assessor, RuleSuggester suggester) {
        this.source = source;
        this.assessor = assessor;
        this.suggester = suggester;
    }

    /** The standard rules and suggestions, as the CLI and the Assemble handler run them. */
    public static QualityStep withDefaults(JdbcSource source, Clock clock) {
        return withDefaults(new JdbcDocumentedSource(source), clock);
    }

    public static QualityStep withDefaults(DocumentedSource source, Clock clock) {
        return new QualityStep(source, QualityAssessor.withDefaultRules(QualityOptions.DEFAULTS, clock),
                RuleSuggester.withDefaultRules());
    }

    public TableEntry assess(TableEntry entry, List<Relationship> relationships) {
        if (entry.schema() == null || entry.profile() == null) {
            return entry;
        }
        Map<String, ColumnSemantics> semantics = semanticsOf(entry);
        QualityInput input = new QualityInput(entry.schema(), entry.profile(), semantics, relationships);
        TableQuality quality = source.assess(assessor, input, ExampleMasker.bySemantics(semantics, masker));
        return entry.withQuality(quality, suggester.suggest(input));
    }

    private static Map<String, ColumnSemantics> semanticsOf(TableEntry entry) {
        Map<String, ColumnSemantics> semantics = new LinkedHashMap<>();
        for (ColumnProfile column : entry.profile().columns()) {
            if (column.semantics() != null) {
                semantics.put(column.column(), column.semantics());
            }
        }
        return semantics;
    }
}
