package io.datamind.describe.heuristic;

import static io.datamind.describe.TableBuilder.ref;
import static io.datamind.describe.TableBuilder.table;
import static io.datamind.scan.TypeFamily.BOOLEAN;
import static io.datamind.scan.TypeFamily.DATE;
import static io.datamind.scan.TypeFamily.DECIMAL;
import static io.datamind.scan.TypeFamily.INTEGER;
import static io.datamind.scan.TypeFamily.TEXT;
import static io.datamind.scan.TypeFamily.TIMESTAMP;
import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.describe.ColumnDescription;
import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Description;
import io.datamind.describe.DescriptionSource;
import io.datamind.describe.Profiles;
import io.datamind.describe.Sakila;
import io.datamind.describe.TableDescription;
import io.datamind.profile.TableProfile;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeuristicDescriberTest {

    private static final TableRef CUSTOMER = ref("public", "customer");
    private static final TableRef INVENTORY = ref("public", "inventory");
    private static final TableRef STAFF = ref("public", "staff");
    private static final TableRef PAYMENT = ref("public", "payment");
    private static final TableRef RENTAL = ref("public", "rental");

    private final HeuristicDescriber describer = new HeuristicDescriber();

    private TableProfile rentalProfile() {
        return Profiles.table(RENTAL, 16_044,
                Profiles.plain("rental_id", INTEGER, 16_044, 0, 16_044),
                Profiles.plain("return_date", TIMESTAMP, 16_044, 183, 15_836),
                Profiles.plain("customer_id", INTEGER, 16_044, 0, 599));
    }

    private TableDescription describeRental(TableProfile profile) {
        return describer.describe(new DescribeRequest(Sakila.rental(), profile,
                List.of(CUSTOMER, INVENTORY, STAFF, PAYMENT)));
    }

    private static String text(TableDescription d, String column) {
        return d.column(column).map(Description::text).orElseThrow();
    }

    @Test
    void openRentalsExplainTheEmptyReturnDate() {
        TableDescription d = describeRental(rentalProfile());

        assertThat(d.column("return_date")).contains(new Description(
                "Date the rental was returned; empty for 183 rentals (1.1%) that are still open.",
                DescriptionSource.HEURISTIC));
    }

    @Test
    void datesGiveTheirRangeBeforeTheEmptyShare() {
        TableProfile profile = Profiles.table(RENTAL, 16_044, Profiles.temporal("return_date", TIMESTAMP, 16_044, 183,
                "2022-02-14T10:02:11", "2022-09-01T22:14:00"));

        assertThat(text(describeRental(profile), "return_date")).isEqualTo(
                "Date the rental was returned; ranges from 2022-02-14 to 2022-09-01;"
                        + " empty for 183 rentals (1.1%) that are still open.");
    }

    @Test
    void sampledFiguresSaySo() {
        TableProfile profile = Profiles.sampled(RENTAL, 1_604, Profiles.plain("return_date", TIMESTAMP, 1_604, 18,
                1_586));

        assertThat(text(describeRental(profile), "return_date")).isEqualTo(
                "Date the rental was returned; empty for about 1.1% of rentals that are still open (sampled).");
    }

    @Test
    void keysAndReferencesAreNamed() {
        TableDescription rental = describeRental(rentalProfile());

        assertThat(text(rental, "rental_id")).isEqualTo("Unique identifier of the rental (primary key).");
        assertThat(text(rental, "inventory_id")).isEqualTo("Inventory of the rental (references inventory).");
        assertThat(text(rental, "rental_date")).isEqualTo("Date of the rental.");
        assertThat(text(rental, "last_update")).isEqualTo("Date the rental was last updated.");
        // not declared, but customer is a neighbour and the name matches
        assertThat(text(rental, "customer_id")).isEqualTo("Customer of the rental (probably references customer).");
    }

    @Test
    void tableDescriptionGivesRowsKeyAndNeighbours() {
        TableDescription d = describeRental(rentalProfile());

        assertThat(d.table()).isEqualTo(RENTAL);
        assertThat(d.description()).isEqualTo(new Description(
                "One row per rental (16,044 rows), identified by rental_id."
                        + " References customer, inventory and staff; referenced by payment.",
                DescriptionSource.HEURISTIC));
        assertThat(d.columns()).extracting(ColumnDescription::column).containsExactly(
                "rental_id", "rental_date", "inventory_id", "customer_id", "return_date", "staff_id", "last_update");
    }

    @Test
    void partitionedTablesViewsAndCompositeKeysAreDescribedByKind() {
        TableDescription payment = describer.describe(new DescribeRequest(Sakila.payment(), null,
                List.of(CUSTOMER, RENTAL)));
        TableDescription view = describer.describe(new DescribeRequest(Sakila.customerList(), null, List.of()));
        TableDescription filmCategory = describer.describe(new DescribeRequest(Sakila.filmCategory(), null,
                List.of(ref("public", "film"), ref("public", "category"))));

        assertThat(payment.description().text()).isEqualTo("Partitioned table with one row per payment"
                + " (16,049 rows in 6 partitions), identified by payment_id. References customer and rental.");
        assertThat(text(payment, "customer_id")).isEqualTo("Customer of the payment (references customer).");
        assertThat(view.description().text()).isEqualTo("View of the customer list.");
        assertThat(filmCategory.description().text()).isEqualTo("One row per film category (1,000 rows),"
                + " identified by film_id and category_id. References category and film.");
        assertThat(text(filmCategory, "film_id"))
                .isEqualTo("Film of the film category (references film; part of the primary key).");
    }

    @Test
    void statisticsBecomeClauses() {
        TableSchema orders = table("shop", "orders").notNull("order_id", INTEGER).column("status", TEXT)
                .notNull("total_amt", DECIMAL).column("email", TEXT).notNull("is_gift", BOOLEAN)
                .column("ship_dt", DATE).primaryKey("order_id").rows(3_000).build();
        TableProfile profile = Profiles.table(orders.table(), 3_000,
                Profiles.values("status", 3_000, 0, "shipped=2000", "pending=700", "cancelled=300"),
                Profiles.numeric("total_amt", DECIMAL, 3_000, 0, 1_200, 0.99, 1234.5),
                Profiles.plain("email", TEXT, 3_000, 40, 2_960),
                Profiles.bool("is_gift", 3_000, 150, 2_850),
                Profiles.plain("ship_dt", DATE, 3_000, 1, 400));

        TableDescription d = describer.describe(new DescribeRequest(orders, profile, List.of()));

        assertThat(text(d, "status")).isEqualTo("Status of the order: one of shipped, pending, cancelled.");
        assertThat(text(d, "total_amt")).isEqualTo("Total amount of the order; ranges from 0.99 to 1,234.5.");
        assertThat(text(d, "email"))
                .isEqualTo("Email of the order; every value is different; empty for 40 orders (1.3%).");
        assertThat(text(d, "is_gift")).isEqualTo("Whether the order is gift; true for 150 orders (5%).");
        assertThat(text(d, "ship_dt")).isEqualTo("Date the order was shipped; empty for 1 order (<0.1%) not yet shipped.");
        assertThat(d.description().text()).isEqualTo("One row per order (3,000 rows), identified by order_id.");
    }

    @Test
    void databaseCommentsAreNeverOverwritten() {
        TableSchema commented = table("public", "rental").comment("Rentals of one inventory item to a customer.")
                .notNull("rental_id", INTEGER)
                .column("return_date", TIMESTAMP, true, "When the DVD came back; NULL while rented out.")
                .column("staff_id", INTEGER, false, "   ")
                .primaryKey("rental_id").rows(16_044).build();

        TableDescription d = describer.describe(new DescribeRequest(commented, rentalProfile(), List.of()));

        assertThat(d.description()).isEqualTo(new Description("Rentals of one inventory item to a customer.",
                DescriptionSource.DATABASE));
        assertThat(d.column("return_date")).contains(new Description(
                "When the DVD came back; NULL while rented out.", DescriptionSource.DATABASE));
        assertThat(d.column("rental_id")).contains(new Description(
                "Unique identifier of the rental (primary key).", DescriptionSource.HEURISTIC));
        // a blank comment is no comment
        assertThat(d.column("staff_id")).contains(new Description(
                "Staff identifier of the rental.", DescriptionSource.HEURISTIC));
    }

    @Test
    void abbreviatedNamesAreExpandedAndFlagsReadAsQuestions() {
        TableSchema lines = table("sales", "cust_ord_lines").notNull("ord_line_no", INTEGER)
                .notNull("cust_id", INTEGER).notNull("ord_qty", INTEGER).column("unit_amt", DECIMAL)
                .column("ship_addr", TEXT).column("zip", TEXT).column("dob", DATE).column("has_coupon", BOOLEAN)
                .column("txn_ref", TEXT).column("CreatedBy", TEXT).column("updatedAt", TIMESTAMP)
                .column("deleted", INTEGER).column("external_id", TEXT)
                .primaryKey("ord_line_no").build();

        TableDescription d = describer.describe(new DescribeRequest(lines, null, List.of()));

        assertThat(d.description().text())
                .isEqualTo("One row per customer order line, identified by ord_line_no.");
        assertThat(text(d, "ord_line_no"))
                .isEqualTo("Order line number that uniquely identifies the customer order line (primary key).");
        assertThat(text(d, "cust_id")).isEqualTo("Customer identifier of the customer order line.");
        assertThat(text(d, "ord_qty")).isEqualTo("Order quantity of the customer order line.");
        assertThat(text(d, "unit_amt")).isEqualTo("Unit amount of the customer order line.");
        assertThat(text(d, "ship_addr")).isEqualTo("Shipping address of the customer order line.");
        assertThat(text(d, "zip")).isEqualTo("ZIP code of the customer order line.");
        assertThat(text(d, "dob")).isEqualTo("Date of birth of the customer order line.");
        assertThat(text(d, "has_coupon")).isEqualTo("Whether the customer order line has coupon.");
        assertThat(text(d, "txn_ref")).isEqualTo("Transaction reference of the customer order line.");
        assertThat(text(d, "CreatedBy")).isEqualTo("User who created the customer order line.");
        assertThat(text(d, "updatedAt")).isEqualTo("Date the customer order line was last updated.");
        assertThat(text(d, "deleted")).isEqualTo("Whether the customer order line is deleted.");
        assertThat(text(d, "external_id")).isEqualTo("External identifier of the customer order line.");
    }

    @Test
    void worksFromTheSchemaAloneForEveryTable() {
        for (TableSchema schema : Sakila.tables()) {
            TableDescription d = describer.describe(new DescribeRequest(schema, null, null));

            assertThat(d.description().source()).isEqualTo(DescriptionSource.HEURISTIC);
            assertThat(d.columns()).hasSize(schema.columns().size());
            assertThat(d.columns()).allSatisfy(c -> assertThat(c.description().text()).matches("[A-Z].*\\.$"));
        }
        TableDescription customer = describer.describe(new DescribeRequest(Sakila.customer(), null, List.of()));
        assertThat(text(customer, "activebool")).isEqualTo("Whether the customer is active.");
        assertThat(text(customer, "create_date")).isEqualTo("Date the customer was created.");
        assertThat(text(customer, "first_name")).isEqualTo("First name of the customer.");
        assertThat(text(customer, "store_id")).isEqualTo("Store identifier of the customer.");
        TableDescription address = describer.describe(new DescribeRequest(Sakila.address(), null, List.of()));
        assertThat(text(address, "zip_code")).isEqualTo("ZIP code of the address.");
        assertThat(text(address, "address")).isEqualTo("Text of the address.");
        assertThat(text(address, "city_id")).isEqualTo("City of the address (references city).");
        TableDescription store = describer.describe(new DescribeRequest(Sakila.store(), null, List.of(STAFF)));
        assertThat(text(store, "manager_staff_id"))
                .isEqualTo("Manager staff of the store (probably references staff; unique).");
        assertThat(store.description().text()).isEqualTo(
                "One row per store (2 rows), identified by store_id. References address and staff.");
    }

    @Test
    void outputIsDeterministic() {
        DescribeRequest request = new DescribeRequest(Sakila.rental(), rentalProfile(),
                List.of(STAFF, PAYMENT, INVENTORY, CUSTOMER));
        DescribeRequest shuffled = new DescribeRequest(Sakila.rental(), rentalProfile(),
                List.of(CUSTOMER, PAYMENT, STAFF, INVENTORY));

        assertThat(describer.describe(request)).isEqualTo(describer.describe(shuffled));
        assertThat(describer.describe(request)).isEqualTo(new HeuristicDescriber().describe(request));
    }

    @Test
    void tablesWithoutKeyOrCountAndEstimatedCountsReadNaturally() {
        TableSchema log = table("public", "audit_log").column("message", TEXT).estimatedRows(1_234_567).build();
        TableSchema mv = table("public", "sales_by_store").kind(TableKind.MATERIALIZED_VIEW)
                .column("store", TEXT).column("total_sales", DECIMAL).rows(2).build();

        assertThat(describer.describe(new DescribeRequest(log, null, List.of())).description().text())
                .isEqualTo("One row per audit log (about 1,234,567 rows), without a primary key.");
        assertThat(describer.describe(new DescribeRequest(mv, null, List.of())).description().text())
                .isEqualTo("Materialized view of the sales by store (2 rows).");
    }
}
