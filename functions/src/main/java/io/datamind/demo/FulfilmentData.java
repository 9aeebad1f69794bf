package io.datamind.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fills {@code sales.payments}, {@code sales.shipments} and {@code sales.returns} from the orders. */
final class FulfilmentData {

    private static final Map<String, List<String>> CARRIERS = Map.of(
            "GB", List.of("Royal Mail", "Royal Mail", "DPD", "Evri"),
            "IE", List.of("DPD", "DHL"),
            "NL", List.of("PostNL", "PostNL", "DHL"),
            "DE", List.of("DHL", "DHL", "DPD"),
            "FR", List.of("DPD", "UPS"),
            "US", List.of("UPS", "FedEx"),
            "CA", List.of("UPS", "FedEx"));

    private final long seed;
    private final WordLists words;

    FulfilmentData(long seed, WordLists words) {
        this.seed = seed;
        this.words = words;
    }

    /** Returns when each order was delivered, indexed by order id; null where it was not (yet). */
    LocalDateTime[] load(Connection connection, List<PlannedOrder> orders, Customers customers, Products products)
            throws SQLException {
        insertPayments(connection, orders);
        LocalDateTime[] deliveredAt = insertShipments(connection, orders, customers, products);
        insertReturns(connection, orders, deliveredAt);
        return deliveredAt;
    }

    private void insertPayments(Connection connection, List<PlannedOrder> orders) throws SQLException {
        DemoRandom random = new DemoRandom(seed, "sales.payments");
        List<Object[]> rows = new ArrayList<>();
        List<Integer> cardRows = new ArrayList<>();
        List<String> fullNumbers = new ArrayList<>();
        for (PlannedOrder order : orders) {
            boolean voided = order.status().equals("cancelled") && random.chance(0.5);
            if (order.status().equals("pending") || order.status().equals("cancelled") && !voided) {
                continue;
            }
            String method = method(random);
            String brand = null;
            String card = null;
            if (method.equals("card")) {
                brand = random.pick(List.of("visa", "visa", "visa", "mastercard", "mastercard", "amex"));
                card = CardNumbers.generate(random, brand);
                cardRows.add(rows.size());
                fullNumbers.add(card);
            }
            LocalDateTime paidAt = order.orderedAt().plusSeconds(random.between(4, 240));
            rows.add(payment(random, order, method, brand, card, order.amountDue(), voided ? "voided" : "captured", paidAt));
            if (order.status().equals("refunded")) {
                rows.add(payment(random, order, method, brand, card == null ? null : CardNumbers.truncated(card),
                        order.amountDue().negate(), "refunded",
                        later(paidAt.plusDays(random.between(9, 30)), ShopCalendar.SNAPSHOT.minusHours(1))));
            }
        }
        BitSet unmasked = random.choose(PlantedAnomalies.UNMASKED_CARD_NUMBERS, cardRows.size(), new BitSet());
        for (int i = 0; i < cardRows.size(); i++) {
            rows.get(cardRows.get(i))[5] = unmasked.get(i) ? fullNumbers.get(i) : CardNumbers.truncated(fullNumbers.get(i));
        }
        try (BatchInsert insert = new BatchInsert(connection, "sales.payments", "payment_id", "order_id", "method",
                "amount", "currency", "card_brand", "card_number", "gateway_reference", "gateway_response:json",
                "status", "paid_at")) {
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                Object[] withId = new Object[row.length + 1];
                withId[0] = i + 1;
                System.arraycopy(row, 0, withId, 1, row.length);
                insert.row(withId);
            }
        }
    }

    private static LocalDateTime later(LocalDateTime candidate, LocalDateTime cap) {
        return candidate.isAfter(cap) ? cap : candidate;
    }

    private static String method(DemoRandom random) {
        double roll = random.unit();
        if (roll < 0.62) {
            return "card";
        }
        if (roll < 0.84) {
            return "paypal";
        }
        return roll < 0.92 ? "klarna" : roll < 0.98 ? "apple_pay" : "bank_transfer";
    }

    private static Object[] payment(DemoRandom random, PlannedOrder order, String method, String brand, String card,
                                    BigDecimal amount, String status, LocalDateTime paidAt) {
        String provider = method.equals("card") || method.equals("apple_pay") ? "stripe" : method;
        String response = "{\"provider\":\"" + provider + "\",\"risk_score\":" + random.between(0, 99)
                + (card == null ? "" : ",\"three_d_secure\":" + random.chance(0.8) + ",\"avs_result\":\""
                + random.pick(List.of("Y", "Y", "Y", "A", "Z", "N")) + "\"")
                + ",\"latency_ms\":" + random.between(80, 2400) + "}";
        return new Object[] {order.id(), method, amount, order.currency(), brand, card, random.uuid(),
                random.chance(0.03) ? null : response, status, paidAt.atOffset(ZoneOffset.UTC)};
    }

    private LocalDateTime[] insertShipments(Connection connection, List<PlannedOrder> orders, Customers customers,
                                            Products products) throws SQLException {
        DemoRandom random = new DemoRandom(seed, "sales.shipments");
        Map<String, String> trackingPatterns = new HashMap<>();
        words.rows("carriers").forEach(row -> trackingPatterns.put(row.get(0), row.get(1)));
        LocalDateTime[] deliveredAt = new LocalDateTime[orders.size() + 1];
        int shipmentId = 0;
        try (BatchInsert insert = new BatchInsert(connection, "sales.shipments", "shipment_id", "order_id",
                "warehouse_id", "carrier", "tracking_number", "weight_kg", "shipped_at", "delivered_at")) {
            for (PlannedOrder order : orders) {
                if (!order.wasShipped()) {
                    continue;
                }
                String country = customers.home(order.customerId()).countryCode();
                String carrier = random.pick(CARRIERS.get(country));
                LocalDateTime shipped = later(order.orderedAt().plusMinutes(random.between(90, 2 * 24 * 60)),
                        ShopCalendar.SNAPSHOT.minusMinutes(30));
                LocalDateTime delivered = order.wasDelivered()
                        ? later(shipped.plusHours(random.between(18, 6 * 24)), ShopCalendar.SNAPSHOT.minusMinutes(10)) : null;
                deliveredAt[order.id()] = delivered;
                insert.row(++shipmentId, order.id(), warehouse(random, products, country, shipped), carrier,
                        random.chance(0.02) ? null : random.fromPattern(trackingPatterns.get(carrier)),
                        weight(order, products), shipped, delivered);
            }
        }
        return deliveredAt;
    }

    private static int warehouse(DemoRandom random, Products products, String country, LocalDateTime shipped) {
        List<Integer> candidates = products.warehouses().stream()
                .filter(w -> w.servedCountries().contains(country) && w.openedOn().isBefore(shipped.toLocalDate()))
                .map(Products.Warehouse::id).toList();
        return candidates.isEmpty() ? 1 : random.pick(candidates);
    }

    private static double weight(PlannedOrder order, Products products) {
        double grams = 180 + order.lines().stream()
                .mapToDouble(line -> products.weightKg(line.productId()) * Math.abs(line.quantity()) * 1000).sum();
        return Math.round(grams) / 1000.0;
    }

    private void insertReturns(Connection connection, List<PlannedOrder> orders, LocalDateTime[] deliveredAt)
            throws SQLException {
        DemoRandom random = new DemoRandom(seed, "sales.returns");
        List<String> reasons = words.words("return_reasons");
        int returnId = 0;
        try (BatchInsert insert = new BatchInsert(connection, "sales.returns", "return_id", "order_id", "line_number",
                "quantity", "reason", "status", "refund_amount", "requested_at")) {
            for (PlannedOrder order : orders) {
                boolean refunded = order.status().equals("refunded");
                if (!order.wasDelivered()) {
                    continue;
                }
                for (PlannedOrder.Line line : order.lines()) {
                    if (line.quantity() <= 0 || !(refunded || random.chance(0.012))) {
                        continue;
                    }
                    LocalDateTime requested = deliveredAt[order.id()].plusHours(random.between(20, 25 * 24));
                    if (requested.isAfter(ShopCalendar.SNAPSHOT)) {
                        continue;
                    }
                    String status = refunded ? "refunded" : random.pick(List.of("requested", "approved", "refunded",
                            "refunded", "rejected"));
                    int quantity = refunded ? line.quantity() : random.between(1, line.quantity());
                    BigDecimal refund = line.total().multiply(BigDecimal.valueOf(quantity))
                            .divide(BigDecimal.valueOf(line.quantity()), 2, RoundingMode.HALF_UP);
                    insert.row(++returnId, order.id(), line.lineNumber(), quantity, random.pick(reasons), status,
                            status.equals("refunded") ? refund : null, requested);
                }
            }
        }
    }
}
