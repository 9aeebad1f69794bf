package io.datamind.describe;

import static io.datamind.describe.TableBuilder.ref;
import static io.datamind.describe.TableBuilder.table;
import static io.datamind.scan.TypeFamily.BINARY;
import static io.datamind.scan.TypeFamily.BOOLEAN;
import static io.datamind.scan.TypeFamily.DATE;
import static io.datamind.scan.TypeFamily.DECIMAL;
import static io.datamind.scan.TypeFamily.INTEGER;
import static io.datamind.scan.TypeFamily.OTHER;
import static io.datamind.scan.TypeFamily.TEXT;
import static io.datamind.scan.TypeFamily.TIMESTAMP;

import io.datamind.scan.TableKind;
import io.datamind.scan.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Sakila/Pagila DVD-rental schema in schema {@code public}, with some foreign keys left undeclared (as in many
 * real databases) so relationship inference has something to find:
 * city.country_id, customer.store_id, inventory.store_id, rental.customer_id, payment.staff_id,
 * store.manager_staff_id, film.original_language_id and category.parent_category_id are NOT declared.
 */
public final class Sakila {

    private Sakila() {
    }

    public static List<TableSchema> tables() {
        return List.of(country(), city(), address(), language(), category(), film(), filmCategory(), store(), staff(),
                customer(), inventory(), rental(), payment(), customerList());
    }

    public static Map<String, TableSchema> byName() {
        return tables().stream().collect(Collectors.toMap(t -> t.table().name(), Function.identity()));
    }

    public static TableSchema country() {
        return table("public", "country").notNull("country_id", INTEGER).notNull("country", TEXT)
                .notNull("last_update", TIMESTAMP).primaryKey("country_id").rows(109).build();
    }

    public static TableSchema city() {
        return table("public", "city").notNull("city_id", INTEGER).notNull("city", TEXT)
                .notNull("country_id", INTEGER).notNull("last_update", TIMESTAMP).primaryKey("city_id")
                .rows(600).build();
    }

    public static TableSchema address() {
        return table("public", "address").notNull("address_id", INTEGER).notNull("address", TEXT)
                .column("address2", TEXT).notNull("district", TEXT).notNull("city_id", INTEGER)
                .column("zip_code", TEXT).notNull("phone", TEXT).notNull("last_update", TIMESTAMP)
                .primaryKey("address_id").foreignKey("address_city_id_fkey", "city_id", ref("public", "city"), "city_id")
                .rows(603).build();
    }

    public static TableSchema language() {
        return table("public", "language").notNull("language_id", INTEGER).notNull("name", TEXT)
                .notNull("last_update", TIMESTAMP).primaryKey("language_id").rows(6).build();
    }

    public static TableSchema category() {
        return table("public", "category").notNull("category_id", INTEGER).notNull("name", TEXT)
                .column("parent_category_id", INTEGER).notNull("last_update", TIMESTAMP).primaryKey("category_id")
                .rows(16).build();
    }

    public static TableSchema film() {
        return table("public", "film").notNull("film_id", INTEGER).notNull("title", TEXT).column("description", TEXT)
                .column("release_year", INTEGER).notNull("language_id", INTEGER)
                .column("original_language_id", INTEGER).notNull("rental_rate", DECIMAL).column("rating", OTHER)
                .notNull("last_update", TIMESTAMP).primaryKey("film_id")
                .foreignKey("film_language_id_fkey", "language_id", ref("public", "language"), "language_id")
                .rows(1000).build();
    }

    public static TableSchema filmCategory() {
        return table("public", "film_category").notNull("film_id", INTEGER).notNull("category_id", INTEGER)
                .notNull("last_update", TIMESTAMP).primaryKey("film_id", "category_id")
                .foreignKey("film_category_film_id_fkey", "film_id", ref("public", "film"), "film_id")
                .foreignKey("film_category_category_id_fkey", "category_id", ref("public", "category"), "category_id")
                .rows(1000).build();
    }

    public static TableSchema store() {
        return table("public", "store").notNull("store_id", INTEGER).notNull("manager_staff_id", INTEGER)
                .notNull("address_id", INTEGER).notNull("last_update", TIMESTAMP).primaryKey("store_id")
                .unique("manager_staff_id")
                .foreignKey("store_address_id_fkey", "address_id", ref("public", "address"), "address_id")
                .rows(2).build();
    }

    public static TableSchema staff() {
        return table("public", "staff").notNull("staff_id", INTEGER).notNull("first_name", TEXT)
                .notNull("last_name", TEXT).notNull("address_id", INTEGER).column("email", TEXT)
                .notNull("store_id", INTEGER).notNull("active", BOOLEAN).notNull("username", TEXT)
                .column("picture", BINARY).notNull("last_update", TIMESTAMP).primaryKey("staff_id")
                .foreignKey("staff_address_id_fkey", "address_id", ref("public", "address"), "address_id")
                .foreignKey("staff_store_id_fkey", "store_id", ref("public", "store"), "store_id")
                .rows(2).build();
    }

    public static TableSchema customer() {
        return table("public", "customer").notNull("customer_id", INTEGER).notNull("store_id", INTEGER)
                .notNull("first_name", TEXT).notNull("last_name", TEXT).column("email", TEXT)
                .notNull("address_id", INTEGER).notNull("activebool", BOOLEAN).notNull("create_date", DATE)
                .column("last_update", TIMESTAMP).column("active", INTEGER).primaryKey("customer_id")
                .foreignKey("customer_address_id_fkey", "address_id", ref("public", "address"), "address_id")
                .rows(599).build();
    }

    public static TableSchema inventory() {
        return table("public", "inventory").notNull("inventory_id", INTEGER).notNull("film_id", INTEGER)
                .notNull("store_id", INTEGER).notNull("last_update", TIMESTAMP).primaryKey("inventory_id")
                .foreignKey("inventory_film_id_fkey", "film_id", ref("public", "film"), "film_id")
                .rows(4581).build();
    }

    public static TableSchema rental() {
        return table("public", "rental").notNull("rental_id", INTEGER).notNull("rental_date", TIMESTAMP)
                .notNull("inventory_id", INTEGER).notNull("customer_id", INTEGER).column("return_date", TIMESTAMP)
                .notNull("staff_id", INTEGER).notNull("last_update", TIMESTAMP).primaryKey("rental_id")
                .foreignKey("rental_inventory_id_fkey", "inventory_id", ref("public", "inventory"), "inventory_id")
                .foreignKey("rental_staff_id_fkey", "staff_id", ref("public", "staff"), "staff_id")
                .rows(16044).build();
    }

    public static TableSchema payment() {
        return table("public", "payment").kind(TableKind.PARTITIONED_TABLE).notNull("payment_id", INTEGER)
                .notNull("customer_id", INTEGER).notNull("staff_id", INTEGER).notNull("rental_id", INTEGER)
                .notNull("amount", DECIMAL).notNull("payment_date", TIMESTAMP).primaryKey("payment_id")
                .foreignKey("payment_customer_id_fkey", "customer_id", ref("public", "customer"), "customer_id")
                .foreignKey("payment_rental_id_fkey", "rental_id", ref("public", "rental"), "rental_id")
                .partitions("payment_p2022_01", "payment_p2022_02", "payment_p2022_03", "payment_p2022_04",
                        "payment_p2022_05", "payment_p2022_06")
                .rows(16049).build();
    }

    /** A view: its columns look like references but a view is never the source of an inferred link. */
    public static TableSchema customerList() {
        return table("public", "customer_list").kind(TableKind.VIEW).column("id", INTEGER).column("name", TEXT)
                .column("address", TEXT).column("zip_code", TEXT).column("store_id", INTEGER).build();
    }

}
