package io.datamind.demo;

import java.time.LocalDateTime;

/** What orders need to know about customers; ids are 1-based. */
record Customers(LocalDateTime[] signedUpAt, Place[] homes, double[] activity) {

    int count() {
        return signedUpAt.length;
    }

    LocalDateTime signedUpAt(int customerId) {
        return signedUpAt[customerId - 1];
    }

    Place home(int customerId) {
        return homes[customerId - 1];
    }
}
