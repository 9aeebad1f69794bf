package io.datamind.docs;

import io.datamind.describe.TableDescription;
import io.datamind.profile.TableProfile;
import io.datamind.quality.TableQuality;
import io.datamind.quality.suggest.SuggestedRule;
import io.datamind.scan.TableFingerprint;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * Everything known about one table: the outputs of its steps. Any of them may be null when a step failed.
 *
 * @param quality        findings and scores; null until the quality step ran
 * @param suggestedRules constraints suggested from the profile (exported as DQDL and dbt tests)
 * @param fingerprint    the table's structure and data marker when it was scanned; null when the scan failed
 * @param reusedFrom     the run whose profile and description this entry kept because the table did not change;
 *                       null when this run profiled and described it
 */
public record TableEntry(
        TableRef table,
        TableSchema schema,
        TableProfile profile,
        TableDescription description,
        TableFailure failure,
        TableQuality quality,
        List<SuggestedRule> suggestedRules,
        TableFingerprint fingerprint,
        String reusedFrom) {

    public TableEntry {
        suggestedRules = suggestedRules == null ? List.of() : List.copyOf(suggestedRules);
    }

    /** The outputs of the per-table steps, before quality is assessed. */
    public TableEntry(TableRef table, TableSchema schema, TableProfile profile, TableDescription description,
                      TableFailure failure) {
        this(table, schema, profile, description, failure, null, List.of());
    }

    public TableEntry(TableRef table, TableSchema schema, TableProfile profile, TableDescription description,
                      TableFailure failure, TableQuality quality, List<SuggestedRule> suggestedRules) {
        this(table, schema, profile, description, failure, quality, suggestedRules, null, null);
    }

    public TableEntry withQuality(TableQuality newQuality, List<SuggestedRule> rules) {
        return new TableEntry(table, schema, profile, description, failure, newQuality, rules, fingerprint, reusedFrom);
    }

    public TableEntry withDescription(TableDescription newDescription) {
        return new TableEntry(table, schema, profile, newDescription, failure, quality, suggestedRules, fingerprint, reusedFrom);
    }

    public TableEntry withFingerprint(TableFingerprint newFingerprint) {
        return new TableEntry(table, schema, profile, description, failure, quality, suggestedRules, newFingerprint, reusedFrom);
    }
}
