package io.datamind.relate;

import io.datamind.scan.TableRef;
import java.util.List;

/**
 * A link from {@code fromColumns} of one table to {@code toColumns} of another (child → parent).
 *
 * @param confidence 1.0 for declared foreign keys; 0..1 for inferred candidates
 * @param evidence   why an inferred link was proposed ("name customer_id matches customer.customer_id, both integer")
 */
public record Relationship(
        String name,
        TableRef from,
        List<String> fromColumns,
        TableRef to,
        List<String> toColumns,
        RelationshipOrigin origin,
        double confidence,
        String evidence) {

    public Relationship {
        fromColumns = List.copyOf(fromColumns);
        toColumns = List.copyOf(toColumns);
    }
}
