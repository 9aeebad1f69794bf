package io.datamind.incremental;

import io.datamind.docs.TableEntry;
import io.datamind.scan.TableFingerprint;
import io.datamind.scan.TableSchema;
import io.datamind.relate.Relationship;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One table as the source's previous run documented it, with what that run was: enough to decide on its own
 * whether this run may keep the table's profile and description (the cloud pipeline decides table by table).
 *
 * @param runId       the previous run
 * @param profileMode how that run profiled (full, sample, auto, hybrid); a profile is only kept for the same mode
 * @param describer   who wrote that run's descriptions (heuristic, provider:model); a description is only kept for
 *                    the same describer
 * @param entry         the table's entry in that run's dictionary
 * @param relationships that run's relationships from or to the table, which its quality findings depend on
 */
public record PreviousTable(String runId, String profileMode, String describer, TableEntry entry,
                            List<Relationship> relationships) {

    public PreviousTable {
        Objects.requireNonNull(entry, "entry");
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }

    /**
     * The previous entry carried into this run when the table provably did not change: same fingerprint (structure
     * and data marker), the previous run documented it completely, and with the same profile mode. The schema is this
     * run's scan (same facts, fresh estimates); profile, description, quality and suggested rules are the previous
     * run's; {@code reusedFrom} names the run that really profiled the table. Whether the description may stay too is
     * {@link #describedBy(String)}.
     */
    public Optional<TableEntry> reuse(TableSchema schema, TableFingerprint fingerprint, String currentProfileMode) {
        if (fingerprint == null || !fingerprint.provesUnchanged(entry.fingerprint()) || entry.failure() != null
                || entry.profile() == null || entry.description() == null
                || profileMode == null || !profileMode.equalsIgnoreCase(currentProfileMode)) {
            return Optional.empty();
        }
        String origin = entry.reusedFrom() != null ? entry.reusedFrom() : runId;
        return Optional.of(new TableEntry(entry.table(), schema, entry.profile(), entry.description(), null,
                entry.quality(), entry.suggestedRules(), fingerprint, origin));
    }

    /** True when the previous description was written by {@code currentDescriber}, so it may be kept. */
    public boolean describedBy(String currentDescriber) {
        return describer != null && describer.equals(currentDescriber);
    }
}
