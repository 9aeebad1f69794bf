package io.datamind.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The fixed stretch of history the demo shop covers. Fixed rather than relative to today so that
 * a seed always produces the same database.
 */
final class ShopCalendar {

    static final LocalDateTime FIRST_CUSTOMER = LocalDateTime.of(2020, 3, 2, 9, 0);
    static final LocalDateTime FIRST_ORDER = LocalDateTime.of(2023, 1, 1, 0, 0);
    /** The moment the snapshot was taken: orders placed in the last days before it are still open. */
    static final LocalDateTime SNAPSHOT = LocalDateTime.of(2025, 12, 31, 18, 0);
    static final LocalDate SNAPSHOT_DATE = SNAPSHOT.toLocalDate();

    private ShopCalendar() {
    }
}
