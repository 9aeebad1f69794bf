package io.datamind.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;

/** Generates every table's rows from one seed, in foreign-key order, within the caller's transaction. */
final class DemoData {

    /** Identity columns whose sequences must continue after the explicitly numbered rows. */
    private static final List<String[]> IDENTITIES = List.of(
            new String[] {"inventory.products", "product_id"},
            new String[] {"sales.customers", "customer_id"},
            new String[] {"sales.orders", "order_id"},
            new String[] {"sales.payments", "payment_id"});

    private final long seed;
    private final WordLists words;

    DemoData(long seed, WordLists words) {
        this.seed = seed;
        this.words = words;
    }

    void insert(Connection connection) throws SQLException {
        Products products = new InventoryData(seed, words).load(connection);
        List<Integer> salesReps = new HrData(seed, words).load(connection);
        Customers customers = new CustomerData(seed, words).load(connection);
        List<PlannedOrder> orders = new OrderData(seed, words).load(connection, customers, products, salesReps);
        LocalDateTime[] deliveredAt = new FulfilmentData(seed, words).load(connection, orders, customers, products);
        new ReviewData(seed, words).load(connection, orders, deliveredAt, customers.count(), products.count());
    }

    /** DDL, so it commits: run after the data transaction. */
    static void continueIdentities(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String[] identity : IDENTITIES) {
                long next;
                try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(" + identity[1] + "), 0) + 1 FROM " + identity[0])) {
                    max.next();
                    next = max.getLong(1);
                }
                statement.execute("ALTER TABLE " + identity[0] + " ALTER COLUMN " + identity[1] + " RESTART WITH " + next);
            }
        }
    }
}
