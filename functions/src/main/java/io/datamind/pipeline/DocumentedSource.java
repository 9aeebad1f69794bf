package io.datamind.pipeline;

import io.datamind.profile.PartialProfile;
import io.datamind.profile.PlannedPartials;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableSlice;
import io.datamind.quality.ExampleMasker;
import io.datamind.quality.QualityAssessor;
import io.datamind.quality.QualityInput;
import io.datamind.quality.TableQuality;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.TableFingerprints;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * What the pipeline documents: a database (through JDBC) or a dataset of data files. The steps around it (describe,
 * relate, assemble) do not care which.
 */
public interface DocumentedSource {

    /** Lists the tables and describes the source; {@code sourceName} overrides the default name when not null. */
    Plan plan(String sourceName);

    TableSchema scan(TableRef table);

    /**
     * The table's schema and fingerprint. Without a data marker the fingerprint never matches a previous run's, so
     * the table is always profiled again: the safe default for sources that cannot tell whether their data changed.
     */
    default SchemaScanner.Scanned scanWithFingerprint(TableRef table) {
        TableSchema schema = scan(table);
        return new SchemaScanner.Scanned(schema, TableFingerprints.of(schema, null));
    }

    /** One profiler for a whole run; it serves tables from several threads at once. */
    TableProfiling profiling(ProfileOptions options);

    /**
     * How many slices {@code budget} asks for when the table is profiled across invocations: by default ceil(estimated
     * rows ÷ rows per invocation); 1 when the row count is unknown or the profile samples (a sample is small enough
     * for one invocation).
     */
    default int wantedSlices(TableSchema schema, ProfileOptions options, SliceBudget budget) {
        if (schema.rowCount() == null || options.samples(schema)) {
            return 1;
        }
        return budget.forRows(schema.rowCount().value());
    }

    /**
     * At most {@code wanted} disjoint slices covering the table, for profiling it across several invocations; one
     * whole slice when this source cannot split the table or the profile samples.
     */
    default List<TableSlice> slices(TableSchema schema, ProfileOptions options, int wanted) {
        return List.of(TableSlice.WHOLE);
    }

    /** Profiles the rows of one slice of a plan from {@link #slices}, unclassified, to be merged later. */
    default PartialProfile profileSlice(TableSchema schema, ProfileOptions options, TableSlice slice) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot profile " + schema.table()
                + " in slices");
    }

    /** The table's profile from the partial profiles of every slice of one plan, read one at a time. */
    default TableProfile mergeSlices(TableSchema schema, ProfileOptions options, PlannedPartials partials) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot merge slices of " + schema.table());
    }

    /** As {@link #mergeSlices(TableSchema, ProfileOptions, PlannedPartials)} for partial profiles held in memory. */
    default TableProfile mergeSlices(TableSchema schema, ProfileOptions options, List<PartialProfile> partials) {
        return mergeSlices(schema, options, PlannedPartials.of(schema, partials));
    }

    /** Runs the quality rules this kind of source supports; the others are listed as skipped with the reason. */
    TableQuality assess(QualityAssessor assessor, QualityInput input, ExampleMasker masker);

    /** The profile step of one source. */
    interface TableProfiling {
        TableProfile profile(TableSchema schema);
    }
}
