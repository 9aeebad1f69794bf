package io.datamind.incremental;

import io.datamind.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often PostgreSQL read each table of a schema (sequential plus index scans, from pg_stat_user_tables): the
 * database's own count of the queries DataMind sent to the tables, to prove a run did not profile a table. A backend
 * reports its counters when its connection closes, so the figures are read until they stop moving.
 */
public final class TableReads {

    private static final String READS = """
            SELECT relname, seq_scan + COALESCE(idx_scan, 0) FROM pg_stat_user_tables WHERE schemaname = ?""";

    private TableReads() {
    }

    public static Map<String, Long> of(String schema) throws Exception {
        Map<String, Long> previous = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<String, Long> now = read(schema);
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
            Thread.sleep(400);
        }
        return previous;
    }

    /** Reads per table between two snapshots. */
    public static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> delta = new TreeMap<>();
        after.forEach((table, reads) -> delta.put(table, reads - before.getOrDefault(table, 0L)));
        return delta;
    }

    private static Map<String, Long> read(String schema) throws SQLException {
        try (Connection pg = TestDatabases.postgres(); PreparedStatement query = pg.prepareStatement(READS)) {
            query.setString(1, schema);
            Map<String, Long> reads = new TreeMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reads.put(rows.getString(1), rows.getLong(2));
                }
            }
            return reads;
        }
    }
}
