package io.datamind.pipeline;

import io.datamind.profile.PartialProfile;
import io.datamind.profile.PlannedPartials;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableProfiler;
import io.datamind.profile.TableSlice;
import io.datamind.profile.TableSlicer;
import io.datamind.quality.ExampleMasker;
import io.datamind.quality.QualityAssessor;
import io.datamind.quality.QualityInput;
import io.datamind.quality.TableQuality;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;

/** A database: catalog scan, one profile query per table, SQL quality rules on a read-only connection. */
public final class JdbcDocumentedSource implements DocumentedSource {

    private final JdbcSource source;
    private final SchemaScanner scanner;

    public JdbcDocumentedSource(JdbcSource source) {
        this.source = source;
        this.scanner = new SchemaScanner(source);
    }

    public JdbcSource jdbc() {
        return source;
    }

    @Override
    public Plan plan(String sourceName) {
        return new PlanStep(source, scanner).plan(sourceName);
    }

    @Override
    public TableSchema scan(TableRef table) {
        return scanner.scan(table);
    }

    @Override
    public SchemaScanner.Scanned scanWithFingerprint(TableRef table) {
        return scanner.scanWithFingerprint(table);
    }

    @Override
    public TableProfiling profiling(ProfileOptions options) {
        return new TableProfiler(source, options)::profile;
    }

    /** PostgreSQL heap block ranges, or ranges of a single-column integer key (see {@link TableSlicer}). */
    @Override
    public List<TableSlice> slices(TableSchema schema, ProfileOptions options, int wanted) {
        return new TableSlicer(source).plan(schema, options, wanted);
    }

    @Override
    public PartialProfile profileSlice(TableSchema schema, ProfileOptions options, TableSlice slice) {
        return new TableProfiler(source, options).profileSlice(schema, slice);
    }

    @Override
    public TableProfile mergeSlices(TableSchema schema, ProfileOptions options, PlannedPartials partials) {
        return new TableProfiler(source, options).merge(schema, partials);
    }

    @Override
    public TableQuality assess(QualityAssessor assessor, QualityInput input, ExampleMasker masker) {
        return assessor.assess(input, source, masker);
    }
}
