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
 * runs in a single scan (on PostgreSQL a parallel one) and answers with one row: no value leaves the server. A table too
 * wide for one select list is counted in several queries over one snapshot.
 */
final class TotalsCounter {

    /** Aggregates per query: PostgreSQL takes at most 1,664 select-list entries, SQLite 2,000. */
    static final int MAX_AGGREGATES = 1_000;

    private final JdbcSource source;

    TotalsCounter(JdbcSource source) {
        this.source = source;
    }

    /** The table's totals and each column's, in schema order. */
    record Counted(TableTotals table, List<ColumnTotals> columns) {
    }

    /** Where each figure of a column reads its aggregates in its query's one row. */
    private record Planned(ColumnSchema column, List<TotalsFigure> figures, List<Integer> indexes) {
    }

    /** One aggregate query: COUNT(*) first, then the aggregates of {@code columns}. */
    private record Query(String sql, List<Planned> columns) {
    }

    Counted count(TableSchema schema) {
        long started = System.nanoTime();
        List<Query> queries = plan(schema);
        try (Connection connection = source.connect()) {
            return read(connection, queries, started);
        } catch (SQLException e) {
            throw new ProfileException(schema.table(), "counting every row of " + schema.table() + " failed: "
                    + e.getMessage(), e);
        }
    }

    private List<Query> plan(TableSchema schema) {
        Dialect dialect = source.dialect();
        String from = " FROM " + dialect.qualifiedName(schema.table());
        List<Query> queries = new ArrayList<>();
        List<String> aggregates = new ArrayList<>(List.of("COUNT(*)"));
        List<Planned> columns = new ArrayList<>();
        for (ColumnSchema column : schema.columns()) {
            String quoted = dialect.quote(column.name());
            List<TotalsFigure> figures = new ArrayList<>();
            List<String> own = new ArrayList<>();
            for (TotalsFigure figure : TotalsFigure.values()) {
                if (figure.appliesTo(column)) {
                    figures.add(figure);
                    own.addAll(figure.aggregates(dialect, quoted));
                }
            }
            if (aggregates.size() + own.size() > MAX_AGGREGATES) {
                queries.add(new Query("SELECT " + String.join(", ", aggregates) + from, columns));
                aggregates = new ArrayList<>(List.of("COUNT(*)"));
                columns = new ArrayList<>();
            }
            List<Integer> indexes = new ArrayList<>();
            int next = aggregates.size() + 1;
            for (TotalsFigure figure : figures) {
                indexes.add(next);
                next += figure.aggregates(dialect, quoted).size();
            }
            aggregates.addAll(own);
            columns.add(new Planned(column, figures, indexes));
        }
        queries.add(new Query("SELECT " + String.join(", ", aggregates) + from, columns));
        return queries;
    }

    /**
     * In a read-only transaction of its own, which ends here, so the dialect's settings end with it; several queries
     * share one snapshot where the database offers repeatable reads, so that their row counts agree.
     */
    private Counted read(Connection connection, List<Query> queries, long started) throws SQLException {
        if (queries.size() > 1 && connection.getMetaData()
                .supportsTransactionIsolationLevel(Connection.TRANSACTION_REPEATABLE_READ)) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(source.statementTimeoutSeconds());
            for (String setting : source.dialect().wideAggregateSettings()) {
                statement.execute(setting);
            }
            long rows = -1;
            List<ColumnTotals> columns = new ArrayList<>();
            for (Query query : queries) {
                try (ResultSet result = statement.executeQuery(query.sql())) {
                    result.next();
                    ProfileRow row = new JdbcProfileRow(result);
                    long counted = row.getLong(1);
                    rows = rows < 0 ? counted : rows;
                    for (Planned planned : query.columns()) {
                        columns.add(totals(planned, row, counted));
                    }
                }
            }
            long durationMs = (System.nanoTime() - started) / 1_000_000;
            return new Counted(new TableTotals(rows, durationMs), columns);
        } finally {
            connection.rollback();
        }
    }

    private static ColumnTotals totals(Planned planned, ProfileRow row, long rows) throws SQLException {
        ColumnTotalsBuilder builder = new ColumnTotalsBuilder(planned.column(), rows);
        for (int f = 0; f < planned.figures().size(); f++) {
            planned.figures().get(f).read(row, planned.indexes().get(f), builder);
        }
        return builder.build();
    }
}
