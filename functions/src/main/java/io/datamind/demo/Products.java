package io.datamind.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What later tables need to know about the catalogue. {@code truePrices} are the prices customers paid,
 * which differ from the stored {@code unit_price} only where a price outlier was planted.
 */
record Products(BigDecimal[] truePrices, double[] weightsKg, double[] popularity, List<Warehouse> warehouses) {

    int count() {
        return truePrices.length;
    }

    /** Product ids are 1-based. */
    BigDecimal truePrice(int productId) {
        return truePrices[productId - 1];
    }

    double weightKg(int productId) {
        return weightsKg[productId - 1];
    }

    record Warehouse(int id, String countryCode, LocalDate openedOn, List<String> servedCountries) {
    }
}
