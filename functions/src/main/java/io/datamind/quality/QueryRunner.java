package io.datamind.quality;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Runs the bounded, read-only queries of SQL rules on one connection the assessor owns. It also remembers the
 * whole-table aggregates already computed, so that the aggregates of several rules can come from one scan.
 */
public final class QueryRunner {

    private final Connection connection;
    private final int timeoutSeconds;
    /** Aggregate values by table, then by expression; a NULL aggregate is stored as null. */
    private final Map<String, Map<String, String>> aggregates = new HashMap<>();

    public QueryRunner(Connection connection, int timeoutSeconds) {
        this.connection = connection;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The first column of the first row as a number (0 when NULL). */
    public long count(String sql) throws SQLException {
        try (Statement statement = statement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Every column of the first row, as text (an empty list when there is no row). */
    public List<String> row(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = statement()) {
            statement.setMaxRows(1);
            try (ResultSet rows = statement.executeQuery(sql)) {
                if (rows.next()) {
                    for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                        values.add(rows.getString(i));
                    }
                }
            }
        }
        return values;
    }

    /** The first column of at most {@code limit} rows, as text. */
    public List<String> strings(String sql, int limit) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = statement()) {
            statement.setMaxRows(limit);
            try (ResultSet rows = statement.executeQuery(sql)) {
                while (rows.next() && values.size() < limit) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    /**
     * Computes {@code expressions} over every row of {@code table} in one {@code SELECT e1, e2, … FROM table} and
     * remembers the values for {@link #aggregates}.
     */
    public void prefetch(String table, List<String> expressions) throws SQLException {
        List<String> missing = missing(table, expressions);
        if (missing.isEmpty()) {
            return;
        }
        List<String> values = row("SELECT " + String.join(", ", missing) + " FROM " + table);
        Map<String, String> known = aggregates.computeIfAbsent(table, t -> new HashMap<>());
        for (int i = 0; i < missing.size(); i++) {
            known.put(missing.get(i), i < values.size() ? values.get(i) : null);
        }
    }

    /**
     * The value of each aggregate expression over the whole {@code table}, as text (null when the aggregate is
     * NULL), in the order asked. Values already computed (by {@link #prefetch}) are not asked again; the others are
     * computed together in one query.
     */
    public List<String> aggregates(String table, List<String> expressions) throws SQLException {
        prefetch(table, expressions);
        Map<String, String> known = aggregates.get(table);
        return expressions.stream().map(known::get).toList();
    }

    private List<String> missing(String table, List<String> expressions) {
        Map<String, String> known = aggregates.getOrDefault(table, Map.of());
        return List.copyOf(expressions.stream().filter(e -> !known.containsKey(e))
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    private Statement statement() throws SQLException {
        Statement statement = connection.createStatement();
        statement.setQueryTimeout(timeoutSeconds);
        return statement;
    }
}
