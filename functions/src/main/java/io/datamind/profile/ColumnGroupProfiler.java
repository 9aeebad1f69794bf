package io.datamind.profile;

import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A sampled profile read by {@link ColumnGroups}: a sample is too small to pay for row slices, each building and
 * merging its own sketches, but its columns profile independently, so several sessions reading some columns each
 * share the work of both the database and the client with nothing to merge.
 */
final class ColumnGroupProfiler {

    private final JdbcSource source;
    private final ProfileOptions options;
    private final ColumnClassification classification;
    private final ProfileStream stream;

    ColumnGroupProfiler(JdbcSource source, ProfileOptions options, ColumnClassification classification,
                        ProfileStream stream) {
        this.source = source;
        this.options = options;
        this.classification = classification;
        this.stream = stream;
    }

    /**
     * One query per group of columns, each over its own session, all in one exported snapshot: the groups read the
     * same sampled rows in the same order, and each column keeps the reservoir seed of its position, so the profile
     * equals the one-stream profile figure for figure. Each group classifies its columns as soon as it has read
     * them, while the others still read.
     */
    TableProfile profile(TableSchema schema, List<int[]> planned, long started) {
        List<Connection> connections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(planned.size());
        try {
            Connection exporter = borrow(connections);
            String snapshot = exportOrNull(exporter);
            List<int[]> groups = snapshot == null ? ColumnGroups.plan(schema.columns(), 1) : planned;
            for (int g = 1; g < groups.size(); g++) {
                source.dialect().joinSnapshot(borrow(connections), snapshot);
            }
            List<Future<GroupProfile>> reads = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                int[] group = groups.get(g);
                Connection connection = connections.get(g);
                reads.add(pool.submit(() -> profileGroup(schema, group, connection)));
            }
            return assemble(schema, groups, reads, started);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            connections.forEach(ColumnGroupProfiler::closeQuietly);
        }
    }

    /**
     * A hot standby cannot export a snapshot ({@code pg_export_snapshot} fails during recovery), nor can a role denied
     * the function: the profile then reads its columns in one stream, as without groups.
     */
    private String exportOrNull(Connection connection) throws SQLException {
        try {
            return source.dialect().exportSnapshot(connection);
        } catch (SQLException cannotExport) {
            connection.rollback();
            return null;
        }
    }

    private record GroupProfile(String method, long rows, List<ColumnProfile> columns) {
    }

    private GroupProfile profileGroup(TableSchema schema, int[] group, Connection connection) throws SQLException {
        TableSchema columns = schema.withColumns(Arrays.stream(group).mapToObj(schema.columns()::get).toList());
        ProfileQuery query = ProfileQuery.plan(source.dialect(), columns, options);
        ColumnProfiler[] profilers = ColumnProfilers.forQuery(columns, query, TableSlice.WHOLE, group, options);
        long rows = stream.read(connection, query, profilers);
        return new GroupProfile(query.method(), rows, classification.finish(profilers, rows));
    }

    /** Every group read the same snapshot, so a different count means the rows differed: never merge those. */
    private static TableProfile assemble(TableSchema schema, List<int[]> groups, List<Future<GroupProfile>> reads,
                                         long started) {
        ColumnProfile[] columns = new ColumnProfile[schema.columns().size()];
        GroupProfile first = null;
        for (int g = 0; g < groups.size(); g++) {
            GroupProfile group = Futures.await(schema, reads.get(g));
            if (first != null && group.rows() != first.rows()) {
                throw new ProfileException(schema.table(), "profiling " + schema.table() + " failed: its column groups"
                        + " read " + first.rows() + " and " + group.rows() + " rows of one snapshot", null);
            }
            first = first == null ? group : first;
            for (int i = 0; i < groups.get(g).length; i++) {
                columns[groups.get(g)[i]] = group.columns().get(i);
            }
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        String method = groups.size() == 1 ? first.method() : first.method() + " in " + groups.size() + " column groups";
        return new TableProfile(schema.table(), true, method, first.rows(), durationMs, Arrays.asList(columns));
    }

    private Connection borrow(List<Connection> connections) {
        Connection connection = source.connect();
        connections.add(connection);
        return connection;
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing was written; the session ends either way
        }
    }
}
