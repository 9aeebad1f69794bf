package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Splits a table's columns into groups of about equal profiling cost, each read by its own query ({@link ColumnGroupProfiler}). */
final class ColumnGroups {

    private ColumnGroups() {
    }

    /**
     * At most {@code wanted} non-empty groups of column positions, each in schema order; heaviest columns are
     * placed first, each in the lightest group so far.
     */
    static List<int[]> plan(List<ColumnSchema> columns, int wanted) {
        int groups = Math.max(1, Math.min(wanted, columns.size()));
        double[] load = new double[groups];
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            members.add(new ArrayList<>());
        }
        Integer[] heaviestFirst = IntStream.range(0, columns.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(heaviestFirst, Comparator.comparingDouble((Integer i) -> cost(columns.get(i))).reversed());
        for (int position : heaviestFirst) {
            int lightest = 0;
            for (int g = 1; g < groups; g++) {
                if (load[g] < load[lightest]) {
                    lightest = g;
                }
            }
            load[lightest] += cost(columns.get(position));
            members.get(lightest).add(position);
        }
        return members.stream().map(group -> group.stream().mapToInt(Integer::intValue).sorted().toArray()).toList();
    }

    /**
     * Relative client cost per value, from JFR of the 10M-row benchmark table: texts are hashed, counted, shaped
     * and measured; dates and timestamps decoded and binned; numbers only counted and sketched.
     */
    static double cost(ColumnSchema column) {
        return switch (column.family()) {
            case TEXT, JSON, OTHER -> 4;
            case UUID, ARRAY, INTERVAL -> 2.5;
            case DATE, TIME, TIMESTAMP -> 2;
            case INTEGER, DECIMAL, FLOAT -> 1.5;
            case BOOLEAN, BINARY, GEOMETRY -> 0.5;
        };
    }
}
