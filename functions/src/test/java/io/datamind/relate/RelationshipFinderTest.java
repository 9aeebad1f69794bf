package io.datamind.relate;

import static io.datamind.describe.TableBuilder.ref;
import static io.datamind.describe.TableBuilder.table;
import static io.datamind.scan.TypeFamily.DECIMAL;
import static io.datamind.scan.TypeFamily.INTEGER;
import static io.datamind.scan.TypeFamily.TEXT;
import static io.datamind.scan.TypeFamily.UUID;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.describe.Sakila;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipFinderTest {

    private final RelationshipFinder finder = new RelationshipFinder();

    /** Sakila plus tables that exercise each rule and each way a guess can go wrong. */
    static List<TableSchema> schema() {
        List<TableSchema> tables = new ArrayList<>(Sakila.tables());
        // id column and a film_id of the wrong type: no link
        tables.add(table("public", "audit_log").notNull("id", INTEGER).column("film_id", TEXT)
                .column("message", TEXT).primaryKey("id").build());
        // a key named <entity>_<key>: currency_code → currency.code
        tables.add(table("public", "currency").notNull("code", TEXT).column("name", TEXT).primaryKey("code").build());
        tables.add(table("public", "exchange_rate").notNull("exchange_rate_id", INTEGER)
                .notNull("currency_code", TEXT).notNull("rate", DECIMAL).primaryKey("exchange_rate_id").build());
        // one-to-one child keyed by customer_id: points at customer, and is never a target for other customer_ids
        tables.add(table("public", "customer_details").notNull("customer_id", INTEGER).column("loyalty_tier", TEXT)
                .primaryKey("customer_id").build());
        // same-name key only: depot_id → warehouse.depot_id
        tables.add(table("public", "warehouse").notNull("depot_id", INTEGER).primaryKey("depot_id").build());
        tables.add(table("public", "warehouse_stock").notNull("warehouse_stock_id", INTEGER)
                .notNull("depot_id", INTEGER).primaryKey("warehouse_stock_id").build());
        // uuid keys: a uuid column links, an integer one does not
        tables.add(table("public", "session").notNull("session_id", UUID).primaryKey("session_id").build());
        tables.add(table("public", "event").notNull("event_id", INTEGER).notNull("session_id", UUID)
                .primaryKey("event_id").build());
        tables.add(table("public", "page_view").notNull("page_view_id", INTEGER).notNull("session_id", INTEGER)
                .primaryKey("page_view_id").build());
        // another schema: plural table with an id key, preferred by tables of its own schema
        tables.add(table("crm", "customers").notNull("id", INTEGER).column("name", TEXT).primaryKey("id").build());
        tables.add(table("crm", "orders").notNull("id", INTEGER).notNull("customer_id", INTEGER)
                .column("status", TEXT).primaryKey("id").build());
        // id_<entity> and <entity>id spellings, pointing across schemas
        tables.add(table("legacy", "loan").notNull("id", INTEGER).notNull("id_film", INTEGER)
                .notNull("StaffID", INTEGER).notNull("inventoryid", INTEGER).primaryKey("id").build());
        // two stores in other schemas: analytics.daily_sales.store_id is ambiguous
        tables.add(table("legacy", "store").notNull("store_id", INTEGER).primaryKey("store_id").build());
        tables.add(table("analytics", "daily_sales").notNull("sales_date", TEXT).notNull("store_id", INTEGER)
                .notNull("film_id", INTEGER).build());
        tables.add(table("archive", "store").notNull("store_id", INTEGER).primaryKey("store_id").build());
        return tables;
    }

    private static String line(Relationship r) {
        return r.from() + "." + String.join(",", r.fromColumns()) + " -> " + r.to() + "."
                + String.join(",", r.toColumns()) + " " + r.confidence();
    }

    private List<String> lines(RelationshipOrigin origin) {
        return finder.find(schema()).stream().filter(r -> r.origin() == origin).map(RelationshipFinderTest::line)
                .toList();
    }

    private Relationship only(String fromTable, String column) {
        return finder.find(schema()).stream()
                .filter(r -> r.from().key().equals(fromTable) && r.fromColumns().equals(List.of(column)))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one relationship from " + fromTable + "." + column);
                })
                .orElseThrow(() -> new AssertionError("no relationship from " + fromTable + "." + column));
    }

    @Test
    void everyDeclaredForeignKeyIsReportedAsIs() {
        assertThat(lines(RelationshipOrigin.DECLARED)).containsExactly(
                "public.address.city_id -> public.city.city_id 1.0",
                "public.customer.address_id -> public.address.address_id 1.0",
                "public.film.language_id -> public.language.language_id 1.0",
                "public.film_category.category_id -> public.category.category_id 1.0",
                "public.film_category.film_id -> public.film.film_id 1.0",
                "public.inventory.film_id -> public.film.film_id 1.0",
                "public.payment.customer_id -> public.customer.customer_id 1.0",
                "public.payment.rental_id -> public.rental.rental_id 1.0",
                "public.rental.inventory_id -> public.inventory.inventory_id 1.0",
                "public.rental.staff_id -> public.staff.staff_id 1.0",
                "public.staff.address_id -> public.address.address_id 1.0",
                "public.staff.store_id -> public.store.store_id 1.0",
                "public.store.address_id -> public.address.address_id 1.0");
        assertThat(only("public.rental", "staff_id")).isEqualTo(new Relationship("rental_staff_id_fkey",
                ref("public", "rental"), List.of("staff_id"), ref("public", "staff"), List.of("staff_id"),
                RelationshipOrigin.DECLARED, 1.0, "declared foreign key rental_staff_id_fkey"));
    }

    @Test
    void infersExactlyTheMissingLinks() {
        assertThat(lines(RelationshipOrigin.INFERRED)).containsExactly(
                "analytics.daily_sales.film_id -> public.film.film_id 0.9",
                "analytics.daily_sales.store_id -> archive.store.store_id 0.3",
                "analytics.daily_sales.store_id -> legacy.store.store_id 0.3",
                "analytics.daily_sales.store_id -> public.store.store_id 0.3",
                "crm.orders.customer_id -> crm.customers.id 0.9",
                "legacy.loan.StaffID -> public.staff.staff_id 0.9",
                "legacy.loan.id_film -> public.film.film_id 0.9",
                "legacy.loan.inventoryid -> public.inventory.inventory_id 0.9",
                "public.category.parent_category_id -> public.category.category_id 0.7",
                "public.city.country_id -> public.country.country_id 0.9",
                "public.customer.store_id -> public.store.store_id 0.9",
                "public.customer_details.customer_id -> public.customer.customer_id 0.9",
                "public.event.session_id -> public.session.session_id 0.9",
                "public.exchange_rate.currency_code -> public.currency.code 0.8",
                "public.film.original_language_id -> public.language.language_id 0.7",
                "public.inventory.store_id -> public.store.store_id 0.9",
                "public.payment.staff_id -> public.staff.staff_id 0.9",
                "public.rental.customer_id -> public.customer.customer_id 0.9",
                "public.store.manager_staff_id -> public.staff.staff_id 0.7",
                "public.warehouse_stock.depot_id -> public.warehouse.depot_id 0.75");
    }

    @Test
    void inferredLinksSayWhy() {
        assertThat(only("public.rental", "customer_id")).isEqualTo(new Relationship(
                "public.rental.customer_id -> public.customer.customer_id", ref("public", "rental"),
                List.of("customer_id"), ref("public", "customer"), List.of("customer_id"),
                RelationshipOrigin.INFERRED, 0.9, "name customer_id matches public.customer.customer_id, both integer"));
        assertThat(only("public.store", "manager_staff_id").evidence()).isEqualTo("name manager_staff_id is staff_id"
                + " with role manager, matching public.staff.staff_id, both integer");
        assertThat(only("public.exchange_rate", "currency_code").evidence()).isEqualTo("name currency_code is the"
                + " entity currency and the key code of public.currency.code, both text");
        assertThat(only("public.warehouse_stock", "depot_id").evidence())
                .isEqualTo("name depot_id equals the primary key public.warehouse.depot_id, both integer");
        assertThat(finder.find(schema())).filteredOn(r -> r.from().name().equals("daily_sales")
                        && r.fromColumns().equals(List.of("store_id")))
                .extracting(Relationship::evidence)
                .first().isEqualTo("name store_id matches archive.store.store_id, both integer; ambiguous:"
                        + " 3 equally likely targets (archive.store.store_id, legacy.store.store_id,"
                        + " public.store.store_id)");
    }

    @Test
    void noFalsePositives() {
        List<Relationship> all = finder.find(schema());

        assertThat(all).noneMatch(r -> r.fromColumns().equals(List.of("id")));
        assertThat(all).noneMatch(r -> r.fromColumns().equals(List.of("zip_code")));
        // type mismatch: text film_id, integer session_id against a uuid key
        assertThat(all).noneMatch(r -> r.from().name().equals("audit_log"));
        assertThat(all).noneMatch(r -> r.from().name().equals("page_view"));
        // views are never the source of an inferred link
        assertThat(all).noneMatch(r -> r.from().name().equals("customer_list"));
        // a key never points at itself, nor at a same-named table in another schema, nor at a one-to-one child
        assertThat(all).noneMatch(r -> r.from().equals(r.to()) && r.fromColumns().equals(r.toColumns()));
        assertThat(all).noneMatch(r -> r.from().name().equals("store") && r.fromColumns().equals(List.of("store_id")));
        assertThat(all).noneMatch(r -> r.to().name().equals("customer_details"));
        assertThat(all).noneMatch(r -> r.from().name().equals("customer")
                && r.fromColumns().equals(List.of("customer_id")));
        // a declared key is never inferred again
        assertThat(all).filteredOn(r -> r.from().name().equals("inventory") && r.fromColumns().contains("film_id"))
                .extracting(Relationship::origin).containsExactly(RelationshipOrigin.DECLARED);
    }

    @Test
    void compositeDeclaredKeysCoverTheirColumns() {
        TableSchema header = table("public", "invoice").notNull("invoice_id", INTEGER).primaryKey("invoice_id").build();
        TableSchema lines = table("public", "invoice_line").notNull("invoice_id", INTEGER).notNull("line_no", INTEGER)
                .primaryKey("invoice_id", "line_no").build();
        TableSchema notes = table("public", "invoice_line_note").notNull("note_id", INTEGER)
                .notNull("invoice_id", INTEGER).notNull("line_no", INTEGER).primaryKey("note_id")
                .foreignKey("note_line_fkey", List.of("invoice_id", "line_no"), ref("public", "invoice_line"),
                        List.of("invoice_id", "line_no"))
                .build();

        assertThat(new RelationshipFinder().find(List.of(notes, lines, header))).extracting(RelationshipFinderTest::line)
                .containsExactly(
                        "public.invoice_line.invoice_id -> public.invoice.invoice_id 0.9",
                        "public.invoice_line_note.invoice_id,line_no -> public.invoice_line.invoice_id,line_no 1.0");
    }

    @Test
    void orderDoesNotDependOnInput() {
        List<TableSchema> reversed = new ArrayList<>(schema());
        Collections.reverse(reversed);

        assertThat(finder.find(reversed)).isEqualTo(finder.find(schema()));
    }
}
