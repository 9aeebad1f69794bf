package io.datamind.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/** Fills {@code sales.orders} and {@code sales.order_items}: 10,000 orders with 30,000 lines between them. */
final class OrderData {

    static final int ORDERS = 10_000;
    static final int ORDER_ITEMS = 30_000;
    private static final int MAX_LINES = 8;
    private static final BigDecimal FREE_SHIPPING_FROM = BigDecimal.valueOf(50);

    private final DemoRandom random;
    private final ContactFaker faker;
    private final WordLists words;

    OrderData(long seed, WordLists words) {
        this.random = new DemoRandom(seed, "sales.orders");
        this.faker = new ContactFaker(random, words);
        this.words = words;
    }

    List<PlannedOrder> load(Connection connection, Customers customers, Products products, List<Integer> salesReps)
            throws SQLException {
        List<PlannedOrder> orders = plan(customers, products);
        insertOrders(connection, orders, salesReps);
        insertLines(connection, orders);
        return orders;
    }

    private List<PlannedOrder> plan(Customers customers, Products products) {
        List<Visit> visits = new ArrayList<>(ORDERS);
        DemoRandom.Weights customerWeights = DemoRandom.Weights.of(customers.activity());
        for (int i = 0; i < ORDERS; i++) {
            int customerId = random.weighted(customerWeights) + 1;
            LocalDateTime from = later(customers.signedUpAt(customerId), ShopCalendar.FIRST_ORDER);
            visits.add(new Visit(customerId, random.timeBetween(from, ShopCalendar.SNAPSHOT.minusMinutes(5))));
        }
        visits.sort(Comparator.comparing(Visit::at).thenComparing(Visit::customerId));
        int[] lineCounts = lineCounts();
        BitSet negative = random.choose(PlantedAnomalies.NEGATIVE_QUANTITIES, ORDER_ITEMS, new BitSet());
        DemoRandom.Weights productWeights = DemoRandom.Weights.of(products.popularity());
        List<PlannedOrder> orders = new ArrayList<>(ORDERS);
        int lineIndex = 0;
        for (int i = 0; i < ORDERS; i++) {
            Visit visit = visits.get(i);
            List<PlannedOrder.Line> lines = new ArrayList<>();
            BitSet inOrder = new BitSet();
            for (int line = 1; line <= lineCounts[i]; line++) {
                int productId = distinctProduct(productWeights, inOrder);
                int quantity = negative.get(lineIndex++) ? -random.between(1, 3) : quantity();
                lines.add(new PlannedOrder.Line(line, productId, quantity, products.truePrice(productId), discount()));
            }
            BigDecimal subtotal = lines.stream().map(PlannedOrder.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal fee = subtotal.compareTo(FREE_SHIPPING_FROM) >= 0 ? BigDecimal.ZERO.setScale(2)
                    : new BigDecimal(random.pick(List.of("3.95", "4.95", "4.95", "6.50")));
            orders.add(new PlannedOrder(i + 1, visit.customerId(), visit.at(), status(visit.at()),
                    customers.home(visit.customerId()).currency(), fee, List.copyOf(lines)));
        }
        return orders;
    }

    private record Visit(int customerId, LocalDateTime at) {
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    /** Lines per order: at least one, at most {@link #MAX_LINES}, exactly {@link #ORDER_ITEMS} in all. */
    private int[] lineCounts() {
        int[] counts = new int[ORDERS];
        Arrays.fill(counts, 1);
        int remaining = ORDER_ITEMS - ORDERS;
        while (remaining > 0) {
            int order = random.between(0, ORDERS - 1);
            // favour orders that already have several lines, so baskets are skewed like real ones
            if (counts[order] < MAX_LINES && random.chance(counts[order] == 1 ? 0.45 : 0.6)) {
                counts[order]++;
                remaining--;
            }
        }
        return counts;
    }

    private int distinctProduct(DemoRandom.Weights popularity, BitSet alreadyInOrder) {
        int productId;
        do {
            productId = random.weighted(popularity) + 1;
        } while (alreadyInOrder.get(productId));
        alreadyInOrder.set(productId);
        return productId;
    }

    private int quantity() {
        double roll = random.unit();
        if (roll < 0.72) {
            return 1;
        }
        if (roll < 0.92) {
            return 2;
        }
        return roll < 0.985 ? random.between(3, 5) : random.between(6, 24);
    }

    private BigDecimal discount() {
        return random.chance(0.82) ? BigDecimal.ZERO.setScale(2)
                : new BigDecimal(random.pick(List.of("5.00", "10.00", "10.00", "15.00", "20.00", "25.00", "33.33")));
    }

    private String status(LocalDateTime orderedAt) {
        long hoursOld = Duration.between(orderedAt, ShopCalendar.SNAPSHOT).toHours();
        if (hoursOld < 48) {
            return random.chance(0.4) ? "pending" : "processing";
        }
        if (hoursOld < 5 * 24) {
            return random.chance(0.3) ? "processing" : "shipped";
        }
        if (hoursOld < 9 * 24) {
            return random.chance(0.6) ? "shipped" : "delivered";
        }
        double roll = random.unit();
        return roll < 0.925 ? "delivered" : roll < 0.97 ? "cancelled" : "refunded";
    }

    private void insertOrders(Connection connection, List<PlannedOrder> orders, List<Integer> salesReps) throws SQLException {
        List<String> coupons = words.words("coupons");
        List<String> notes = words.words("order_notes");
        try (BatchInsert insert = new BatchInsert(connection, "sales.orders", "order_id", "order_number", "customer_id",
                "sales_rep_id", "channel", "status", "ordered_at", "currency", "shipping_fee", "coupon_code",
                "client_ip", "notes")) {
            for (PlannedOrder order : orders) {
                String channel = channel();
                boolean byPhone = channel.equals("phone");
                insert.row(order.id(), String.format("NW-%d-%06d", order.orderedAt().getYear(), order.id()),
                        order.customerId(), byPhone ? random.pick(salesReps) : null, channel, order.status(),
                        order.orderedAt(), order.currency(), order.shippingFee(),
                        random.chance(0.1) ? random.pick(coupons) : null, byPhone ? null : faker.ipAddress(), note(notes));
            }
        }
    }

    private String channel() {
        double roll = random.unit();
        return roll < 0.6 ? "web" : roll < 0.92 ? "mobile_app" : "phone";
    }

    private String note(List<String> notes) {
        double roll = random.unit();
        if (roll < 0.04) {
            return random.pick(notes);
        }
        return roll < 0.05 ? "" : null;
    }

    private static void insertLines(Connection connection, List<PlannedOrder> orders) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "sales.order_items", "order_id", "line_number",
                "product_id", "quantity", "unit_price", "discount_pct")) {
            for (PlannedOrder order : orders) {
                for (PlannedOrder.Line line : order.lines()) {
                    insert.row(order.id(), line.lineNumber(), line.productId(), line.quantity(), line.unitPrice(),
                            line.discountPct());
                }
            }
        }
    }
}
