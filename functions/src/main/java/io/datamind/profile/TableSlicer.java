package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a table into disjoint slices that together cover it, so that separate invocations (or threads) can
 * profile one huge table and merge the partial profiles. PostgreSQL slices by heap block ranges on {@code ctid}
 * (a TID range scan reads only its blocks, and needs no key); other databases by ranges of a single-column
 * integer primary key. A table with neither stays whole, and so does a sampled profile outside PostgreSQL. The first slice has no lower
 * bound and the last no upper bound, so rows added at either end while the plan runs are still read once.
 */
public final class TableSlicer {

    private final JdbcSource source;

    public TableSlicer(JdbcSource source) {
        this.source = source;
    }

    /**
     * At most {@code wanted} slices of about equal size; one whole slice when the table cannot be split.
     * A sampled profile splits on PostgreSQL only, where block sampling and block ranges compose.
     */
    public List<TableSlice> plan(TableSchema schema, ProfileOptions options, int wanted) {
        Dialect dialect = source.dialect();
        boolean postgres = dialect.id().equals("postgresql");
        if (wanted <= 1 || (options.samples(schema) && !postgres)) {
            return List.of(TableSlice.WHOLE);
        }
        try (Connection connection = source.connect()) {
            if (postgres) {
                return blockRanges(connection, dialect, schema, wanted);
            }
            ColumnSchema key = integerKey(schema);
            return key == null ? List.of(TableSlice.WHOLE) : keyRanges(connection, dialect, schema, key, wanted);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "planning slices of " + schema.table() + " failed: " + e.getMessage(), e);
        }
    }

    private static List<TableSlice> blockRanges(Connection connection, Dialect dialect, TableSchema schema, int wanted)
            throws SQLException {
        long blocks;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT pg_relation_size(CAST(? AS regclass)) / current_setting('block_size')::bigint")) {
            statement.setString(1, dialect.qualifiedName(schema.table()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                blocks = rs.getLong(1);
            }
        }
        int count = (int) Math.max(1, Math.min(wanted, blocks));
        if (count == 1) {
            return List.of(TableSlice.WHOLE);
        }
        List<TableSlice> slices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long low = blocks * i / count;
            long high = blocks * (i + 1) / count;
            String lower = i == 0 ? null : "ctid >= '(" + low + ",0)'::tid";
            String upper = i == count - 1 ? null : "ctid < '(" + high + ",0)'::tid";
            String label = "blocks " + (i == 0 ? "0" : low) + "–" + (i == count - 1 ? "end" : String.valueOf(high - 1));
            slices.add(new TableSlice(i, count, both(lower, upper), label));
        }
        return slices;
    }

    private static ColumnSchema integerKey(TableSchema schema) {
        if (schema.primaryKey() == null || schema.primaryKey().columns().size() != 1) {
            return null;
        }
        return schema.column(schema.primaryKey().columns().get(0))
                .filter(c -> c.family() == TypeFamily.INTEGER).orElse(null);
    }

    private static List<TableSlice> keyRanges(Connection connection, Dialect dialect, TableSchema schema, ColumnSchema key,
                                              int wanted) throws SQLException {
        String column = dialect.quote(key.name());
        long min;
        long max;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT MIN(" + column + "), MAX(" + column + ") FROM "
                     + dialect.qualifiedName(schema.table()))) {
            rs.next();
            min = rs.getLong(1);
            if (rs.wasNull()) {
                return List.of(TableSlice.WHOLE);
            }
            max = rs.getLong(2);
        }
        double span = (double) max - min + 1;
        int count = (int) Math.max(1, Math.min(wanted, span));
        if (count == 1) {
            return List.of(TableSlice.WHOLE);
        }
        List<TableSlice> slices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long low = min + (long) (span * i / count);
            long high = min + (long) (span * (i + 1) / count);
            String lower = i == 0 ? null : column + " >= " + low;
            String upper = i == count - 1 ? null : column + " < " + high;
            String label = key.name() + " " + (i == 0 ? "min" : String.valueOf(low)) + "–"
                    + (i == count - 1 ? "max" : String.valueOf(high - 1));
            slices.add(new TableSlice(i, count, both(lower, upper), label));
        }
        return slices;
    }

    private static String both(String lower, String upper) {
        if (lower == null) {
            return upper;
        }
        return upper == null ? lower : lower + " AND " + upper;
    }
}
