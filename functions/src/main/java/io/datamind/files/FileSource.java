package io.datamind.files;

import io.datamind.docs.SourceInfo;
import io.datamind.pipeline.DocumentedSource;
import io.datamind.pipeline.Plan;
import io.datamind.pipeline.SliceBudget;
import io.datamind.profile.PartialProfile;
import io.datamind.profile.PlannedPartials;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableSlice;
import io.datamind.quality.ExampleMasker;
import io.datamind.quality.QualityAssessor;
import io.datamind.quality.QualityInput;
import io.datamind.quality.TableQuality;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.h2.H2Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset of data files as a documented source. Quality rules that need SQL (duplicate rows, orphans, exact key
 * checks, outlier counts) do not run on files: they are listed as skipped with the reason, and the profile-based rules
 * run as for tables. A huge file is profiled across invocations by byte ranges or row groups ({@link FileSlicer}).
 */
public final class FileSource implements DocumentedSource {

    public static final String KIND = "files";
    static final String NO_SQL = "data file: rules that run SQL do not apply to files";
    /** Reproducing SQL in findings is quoted the ANSI way, as an engine that queries files (DuckDB...) reads it. */
    private static final Dialect ANSI_QUOTING = new H2Dialect();

    private final FileDataset dataset;
    private final FileOpener opener;

    public FileSource(FileDataset dataset, FileOpener opener) {
        this.dataset = dataset;
        this.opener = opener;
    }

    @Override
    public Plan plan(String sourceName) {
        SourceInfo info = new SourceInfo(sourceName != null ? sourceName : dataset.name(), KIND, dataset.root(),
                "DataMind file reader");
        return new Plan(info, new ArrayList<>(dataset.tables().keySet()));
    }

    @Override
    public TableSchema scan(TableRef table) {
        try {
            return new FileTableScanner(opener).scan(table, dataset.file(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public TableProfiling profiling(ProfileOptions options) {
        FileTableProfiler profiler = new FileTableProfiler(opener, options);
        return schema -> {
            try {
                return profiler.profile(schema, dataset.file(schema.table()));
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        };
    }

    @Override
    public int wantedSlices(TableSchema schema, ProfileOptions options, SliceBudget budget) {
        return new FileSlicer(opener).wanted(dataset.file(schema.table()), schema, options, budget);
    }

    /** Byte ranges of an uncompressed text file, runs of row groups of a Parquet file (see {@link FileSlicer}). */
    @Override
    public List<TableSlice> slices(TableSchema schema, ProfileOptions options, int wanted) {
        StoredFile file = dataset.file(schema.table());
        try {
            return new FileSlicer(opener).plan(file, wanted);
        } catch (IOException e) {
            throw new UncheckedIOException(FileReadException.reading(file, e).getMessage(), e);
        }
    }

    @Override
    public PartialProfile profileSlice(TableSchema schema, ProfileOptions options, TableSlice slice) {
        if (slice.range() == null) {
            throw new IllegalArgumentException(schema.table() + " has no file slice to profile: " + slice.label());
        }
        try {
            return new FileTableProfiler(opener, options).profileSlice(schema, dataset.file(schema.table()), slice);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public TableProfile mergeSlices(TableSchema schema, ProfileOptions options, PlannedPartials partials) {
        return new FileTableProfiler(opener, options).merge(schema, partials);
    }

    @Override
    public TableQuality assess(QualityAssessor assessor, QualityInput input, ExampleMasker masker) {
        return assessor.assessWithoutDatabase(input, ANSI_QUOTING, masker, NO_SQL);
    }
}
