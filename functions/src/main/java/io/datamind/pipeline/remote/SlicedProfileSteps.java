package io.datamind.pipeline.remote;

import io.datamind.pipeline.DocumentedSource;
import io.datamind.pipeline.SliceBudget;
import io.datamind.pipeline.store.Step;
import io.datamind.profile.PartialProfile;
import io.datamind.profile.PlannedPartials;
import io.datamind.profile.ProfileOptions;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableSlice;
import io.datamind.scan.TableSchema;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * One huge table profiled across several invocations: the scan step decides whether to split it and stores the
 * slice plan; each ProfileSlice invocation profiles one slice into a partial profile in the blob store; MergeProfile
 * merges them and stores the table's profile where ProfileTable would, so the steps after it see no difference.
 */
public final class SlicedProfileSteps {

    /** DATAMIND_PROFILE_ROWS_PER_INVOCATION's default: about 10 minutes at a loaded machine's 35,000 rows/s. */
    public static final long DEFAULT_ROWS_PER_INVOCATION = 20_000_000;
    /**
     * DATAMIND_PROFILE_BYTES_PER_INVOCATION's default, 1 GiB of a text data file: about 10 million rows of 100 bytes,
     * the per-file row limit ({@code FileLimits.maxRows}, which bounds each slice), so a slice of typical rows is
     * read whole in about 5 minutes at 35,000 rows/s.
     */
    public static final long DEFAULT_BYTES_PER_INVOCATION = 1L << 30;
    /** At most this many slices per table (see {@link SliceBudget#MAX_SLICES}). */
    public static final int MAX_SLICES = SliceBudget.MAX_SLICES;

    private final Sources sources;
    private final StoredResults results;
    private final RunArtifacts artifacts;
    private final SliceBudget deployment;

    /** With the default bytes per invocation. */
    public SlicedProfileSteps(Sources sources, StoredResults results, RunArtifacts artifacts, long rowsPerInvocation) {
        this(sources, results, artifacts, new SliceBudget(rowsPerInvocation, DEFAULT_BYTES_PER_INVOCATION));
    }

    /**
     * @param deployment the deployment's rows and bytes per invocation; a run's options profileRowsPerInvocation and
     *                   profileBytesPerInvocation win over them
     */
    public SlicedProfileSteps(Sources sources, StoredResults results, RunArtifacts artifacts, SliceBudget deployment) {
        this.sources = sources;
        this.results = results;
        this.artifacts = artifacts;
        this.deployment = deployment;
    }

    /**
     * After the scan: the item with {@code slices} when the table is profiled in full and has more estimated rows (a
     * text data file: more bytes) than one invocation should read, else the item without. The plan is stored before
     * the item names its slices. A table whose previous profile is kept, a sampled profile and a source or file that
     * cannot split stay whole.
     */
    public TableTask plan(TableTask task) {
        TableTask whole = task.withSlices(null);
        if (artifacts.reused(task.runId(), task.table()).isPresent()) {
            return whole;
        }
        TableSchema schema = results.require(task.runId(), task.table(), Step.SCAN, TableSchema.class);
        RequestOptions options = results.options(task.runId());
        DocumentedSource source = source(task);
        int wanted = source.wantedSlices(schema, options.profileOptions(), budget(options));
        if (wanted < 2) {
            return whole;
        }
        List<TableSlice> plan = source.slices(schema, options.profileOptions(), wanted);
        if (plan.size() < 2) {
            return whole;
        }
        artifacts.putSlicePlan(task.runId(), task.table(), plan);
        return task.withSlices(IntStream.range(0, plan.size()).mapToObj(i -> new SliceRef(i, plan.size())).toList());
    }

    /** The run's rows and bytes per invocation, each the deployment's unless the run's options set it. */
    SliceBudget budget(RequestOptions options) {
        return new SliceBudget(
                options.profileRowsPerInvocation() != null ? options.profileRowsPerInvocation() : deployment.rowsPerInvocation(),
                options.profileBytesPerInvocation() != null ? options.profileBytesPerInvocation() : deployment.bytesPerInvocation());
    }

    /** Profiles one slice of the stored plan and stores its partial profile (a retry overwrites the same object). */
    public StepOutcome profileSlice(SliceTask task) {
        TableSchema schema = results.require(task.runId(), task.table(), Step.SCAN, TableSchema.class);
        List<TableSlice> plan = artifacts.slicePlan(task.runId(), task.table()).orElseThrow(() -> new IllegalStateException(
                "run " + task.runId() + " has no slice plan for table " + task.table().key() + ": did the scan split it?"));
        if (plan.size() != task.slice().count()) {
            throw new IllegalStateException("table " + task.table().key() + " was split into " + plan.size()
                    + " slices, but the item names " + task.slice());
        }
        ProfileOptions options = results.options(task.runId()).profileOptions();
        PartialProfile partial = source(task.tableTask()).profileSlice(schema, options, plan.get(task.slice().index()));
        boolean first = artifacts.partialProfile(task.runId(), task.table(), task.slice()).isEmpty();
        artifacts.putPartialProfile(task.runId(), partial);
        return new StepOutcome(first, partial.rows());
    }

    /**
     * Merges the partial profiles of every slice the item names and stores the table's profile. Fails, naming them,
     * when some slices have no partial profile.
     */
    public StepOutcome merge(TableTask task) {
        if (!task.sliced()) {
            throw new IllegalArgumentException("table " + task.table().key() + " was not split into slices: "
                    + "MergeProfile needs the item's slices");
        }
        List<SliceRef> slices = task.slices().stream().sorted(Comparator.comparingInt(SliceRef::index)).toList();
        List<SliceRef> missing = slices.stream()
                .filter(slice -> !artifacts.hasPartialProfile(task.runId(), task.table(), slice)).toList();
        if (!missing.isEmpty()) {
            throw new MissingSliceException(missingMessage(task, missing));
        }
        TableSchema schema = results.require(task.runId(), task.table(), Step.SCAN, TableSchema.class);
        ProfileOptions options = results.options(task.runId()).profileOptions();
        TableProfile profile = source(task).mergeSlices(schema, options, PlannedPartials.loading(
                slices.stream().<Supplier<PartialProfile>>map(slice -> () -> partial(task, slice)).toList()));
        return new StepOutcome(results.put(task.runId(), task.table(), Step.PROFILE, profile), profile.rowsProfiled());
    }

    /** Read when the merge reaches the slice, so one partial profile at a time is in memory. */
    private PartialProfile partial(TableTask task, SliceRef slice) {
        return artifacts.partialProfile(task.runId(), task.table(), slice)
                .orElseThrow(() -> new MissingSliceException(missingMessage(task, List.of(slice))));
    }

    private static String missingMessage(TableTask task, List<SliceRef> missing) {
        SliceRef first = missing.get(0);
        String where = RunArtifacts.partialKey(task.runId(), task.table(), first.index(), first.count());
        if (missing.size() == 1) {
            return "cannot merge the profile of table " + task.table().key() + ": " + first
                    + " has no partial profile (" + where + "); its ProfileSlice did not finish";
        }
        return "cannot merge the profile of table " + task.table().key() + ": slices "
                + String.join(", ", missing.stream().map(s -> Integer.toString(s.index())).toList()) + " of "
                + first.count() + " have no partial profile (" + where + ", …); their ProfileSlice did not finish";
    }

    private DocumentedSource source(TableTask task) {
        return sources.forRun(artifacts.files(task.runId()), task.sourceId());
    }
}
