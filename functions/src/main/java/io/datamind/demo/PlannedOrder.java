package io.datamind.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;

/** An order as generated, before and after it is written; later tables (payments, shipments, reviews) derive from it. */
record PlannedOrder(int id, int customerId, LocalDateTime orderedAt, String status, String currency,
                    BigDecimal shippingFee, List<Line> lines) {

    record Line(int lineNumber, int productId, int quantity, BigDecimal unitPrice, BigDecimal discountPct) {

        /** Same rule as the generated column {@code sales.order_items.line_total}. */
        BigDecimal total() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity))
                    .multiply(BigDecimal.valueOf(100).subtract(discountPct))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        }
    }

    BigDecimal amountDue() {
        return lines.stream().map(Line::total).reduce(shippingFee, BigDecimal::add);
    }

    boolean wasShipped() {
        return status.equals("shipped") || status.equals("delivered") || status.equals("refunded");
    }

    boolean wasDelivered() {
        return status.equals("delivered") || status.equals("refunded");
    }
}
