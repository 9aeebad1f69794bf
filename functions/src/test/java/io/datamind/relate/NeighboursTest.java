package io.datamind.relate;

import static io.datamind.describe.TableBuilder.ref;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Sakila;
import io.datamind.describe.TableDescription;
import io.datamind.describe.heuristic.HeuristicDescriber;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    private final List<Relationship> relationships = new RelationshipFinder().find(Sakila.tables());

    @Test
    void neighboursAreBothDirectionsSortedWithoutSelf() {
        assertThat(Neighbours.of(ref("public", "rental"), relationships)).containsExactly(
                ref("public", "customer"), ref("public", "inventory"), ref("public", "payment"), ref("public", "staff"));
        // category references itself through parent_category_id
        assertThat(Neighbours.of(ref("public", "category"), relationships)).containsExactly(
                ref("public", "film_category"));
        assertThat(Neighbours.of(ref("public", "customer_list"), relationships)).isEmpty();
    }

    @Test
    void describerUsesInferredLinksAsNeighbours() {
        TableDescription rental = new HeuristicDescriber().describe(new DescribeRequest(Sakila.rental(), null,
                Neighbours.of(ref("public", "rental"), relationships)));
        TableDescription store = new HeuristicDescriber().describe(new DescribeRequest(Sakila.store(), null,
                Neighbours.of(ref("public", "store"), relationships)));

        assertThat(rental.description().text()).isEqualTo("One row per rental (16,044 rows), identified by rental_id."
                + " References customer, inventory and staff; referenced by payment.");
        assertThat(rental.column("customer_id").orElseThrow().text())
                .isEqualTo("Customer of the rental (probably references customer).");
        // staff and store point at each other; a neighbour the table points at is listed once, as a reference
        assertThat(store.description().text()).isEqualTo("One row per store (2 rows), identified by store_id."
                + " References address and staff; referenced by customer and inventory.");
    }
}
