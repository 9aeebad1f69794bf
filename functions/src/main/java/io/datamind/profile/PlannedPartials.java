package io.datamind.profile;

import io.datamind.scan.TableSchema;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The partial profiles of every slice of one plan, in plan order, each read only when a merge reaches it: a merge
 * holds the accumulated profilers and one partial profile at a time, not all of them (a table can have 64 slices,
 * each carrying up to 10,000 texts per text column while it was exact).
 */
public final class PlannedPartials {

    private final List<Supplier<PartialProfile>> loaders;

    private PlannedPartials(List<Supplier<PartialProfile>> loaders) {
        if (loaders.isEmpty()) {
            throw new IllegalArgumentException("no partial profile to merge");
        }
        this.loaders = List.copyOf(loaders);
    }

    /** @param inPlanOrder one loader per slice, slice 0 first */
    public static PlannedPartials loading(List<Supplier<PartialProfile>> inPlanOrder) {
        return new PlannedPartials(inPlanOrder);
    }

    /** Partial profiles already in memory, in any order; refuses a missing or repeated slice. */
    public static PlannedPartials of(TableSchema schema, List<PartialProfile> parts) {
        return new PlannedPartials(PartialProfile.inPlanOrder(schema, parts).stream()
                .<Supplier<PartialProfile>>map(part -> () -> part).toList());
    }

    /** What the merged slices say about how they were read. */
    public record Summary(int slices, TableSlice firstSlice, String firstMethod, boolean anySampled) {
    }

    record Merged(ColumnProfiler[] profilers, Summary summary, long rows, long durationMs) {
    }

    /**
     * Restores each partial profile into fresh profilers for its slice and merges them into the first's. Every partial
     * must belong to a plan of {@code schema} with as many slices as there are loaders, and sit at its index.
     */
    Merged fold(TableSchema schema, Function<TableSlice, ColumnProfiler[]> freshProfilers) {
        ColumnProfiler[] merged = null;
        Summary summary = null;
        long rows = 0;
        long durationMs = 0;
        boolean sampled = false;
        for (int index = 0; index < loaders.size(); index++) {
            PartialProfile part = checked(schema, loaders.get(index).get(), index);
            ColumnProfiler[] next = restored(freshProfilers.apply(part.slice()), part);
            if (merged == null) {
                merged = next;
                summary = new Summary(loaders.size(), part.slice(), part.method(), false);
            } else {
                for (int i = 0; i < merged.length; i++) {
                    merged[i].merge(next[i]);
                }
            }
            rows += part.rows();
            durationMs += part.durationMs();
            sampled |= part.sampled();
        }
        Summary all = new Summary(summary.slices(), summary.firstSlice(), summary.firstMethod(), sampled);
        return new Merged(merged, all, rows, durationMs);
    }

    private static ColumnProfiler[] restored(ColumnProfiler[] profilers, PartialProfile part) {
        for (int i = 0; i < profilers.length; i++) {
            profilers[i].restore(part.columns().get(i));
        }
        return profilers;
    }

    private PartialProfile checked(TableSchema schema, PartialProfile part, int index) {
        if (!part.table().equals(schema.table()) || part.slice().count() != loaders.size()
                || part.slice().index() != index || part.columns().size() != schema.columns().size()) {
            throw new IllegalArgumentException("partial profile of " + part.table() + " slice " + part.slice()
                    + " is not slice " + index + " of a " + loaders.size() + "-slice plan of " + schema.table());
        }
        return part;
    }
}
