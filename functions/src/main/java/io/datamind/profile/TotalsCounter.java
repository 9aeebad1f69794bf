package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.TableSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a hybrid profile's {@link TotalsFigure}s over every row of a table in one aggregate query, which the database
 * runs in a single scan (on PostgreSQL a parallel one) and answers with one row: no value leaves the server.
 */
final class TotalsCounter {

    private final JdbcSource source;

    TotalsCounter(JdbcSource source) {
        this.source = source;
    }

    /** The table's totals and each column's, in schema order. */
    record Counted(TableTotals table, List<ColumnTotals> columns) {
    }

    /** Where each figure of each column reads its aggregates in the query's one row. */
    private record Planned(ColumnSchema column, List<TotalsFigure> figures, List<Integer> indexes) {
    }

    Counted count(TableSchema schema) {
        long started = System.nanoTime();
        Dialect dialect = source.dialect();
        List<String> aggregates = new ArrayList<>(List.of("COUNT(*)"));
        List<Planned> plan = new ArrayList<>();
        for (ColumnSchema column : schema.columns()) {
            String quoted = dialect.quote(column.name());
            List<TotalsFigure> figures = new ArrayList<>();
            List<Integer> indexes = new ArrayList<>();
            for (TotalsFigure figure : TotalsFigure.values()) {
                if (figure.appliesTo(column)) {
                    figures.add(figure);
                    indexes.add(aggregates.size() + 1);
                    aggregates.addAll(figure.aggregates(dialect, quoted));
                }
            }
            plan.add(new Planned(column, figures, indexes));
        }
        String sql = "SELECT " + String.join(", ", aggregates) + " FROM " + dialect.qualifiedName(schema.table());
        try (Connection connection = source.connect()) {
            return read(connection, sql, plan, started);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "counting every row of " + schema.table() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** In a read-only transaction of its own, which ends here, so the dialect's settings end with it. */
    private Counted read(Connection connection, String sql, List<Planned> plan, long started) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(source.statementTimeoutSeconds());
            for (String setting : source.dialect().wideAggregateSettings()) {
                statement.execute(setting);
            }
            try (ResultSet result = statement.executeQuery(sql)) {
                result.next();
                ProfileRow row = new JdbcProfileRow(result);
                long rows = row.getLong(1);
                List<ColumnTotals> columns = new ArrayList<>(plan.size());
                for (Planned planned : plan) {
                    ColumnTotalsBuilder builder = new ColumnTotalsBuilder(planned.column(), rows);
                    for (int f = 0; f < planned.figures().size(); f++) {
                        planned.figures().get(f).read(row, planned.indexes().get(f), builder);
                    }
                    columns.add(builder.build());
                }
                long durationMs = (System.nanoTime() - started) / 1_000_000;
                return new Counted(new TableTotals(rows, durationMs), columns);
            }
        } finally {
            connection.rollback();
        }
    }
}
