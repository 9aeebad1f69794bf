package io.datamind.docs;

import io.datamind.describe.TableDescription;
import io.datamind.profile.TableProfile;
import io.datamind.quality.TableQuality;
import io.datamind.quality.suggest.SuggestedRule;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * Everything known about one table: the outputs of its steps. Any of them may be null when a step failed.
 *
 * @param quality        findings and scores; null until the quality step ran
 * @param suggestedRules constraints suggested from the profile (exported as DQDL and dbt tests)
 */
public record TableEntry(
        TableRef table,
        TableSchema schema,
        TableProfile profile,
        TableDescription description,
        TableFailure failure,
        TableQuality quality,
        List<SuggestedRule> suggestedRules) {

    public TableEntry {
        suggestedRules = suggestedRules == null ? List.of() : List.copyOf(suggestedRules);
    }

    /** The outputs of the per-table steps, before quality is assessed. */
    public TableEntry(TableRef table, TableSchema schema, TableProfile profile, TableDescription description,
                      TableFailure failure) {
        this(table, schema, profile, description, failure, null, List.of());
    }

    public TableEntry withQuality(TableQuality newQuality, List<SuggestedRule> rules) {
        return new TableEntry(table, schema, profile, description, failure, newQuality, rules);
    }
}
