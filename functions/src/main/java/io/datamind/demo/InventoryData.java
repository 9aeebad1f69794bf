package io.datamind.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Fills the {@code inventory} schema: categories, suppliers, warehouses, products and stock levels. */
final class InventoryData {

    static final int PRODUCTS = 300;
    private static final Set<String> SIZED_CATEGORIES = Set.of("JKT", "BSL", "FTW", "CYW", "CLS");

    private final long seed;
    private final WordLists words;

    InventoryData(long seed, WordLists words) {
        this.seed = seed;
        this.words = words;
    }

    Products load(Connection connection) throws SQLException {
        List<List<String>> categories = words.rows("categories");
        insertCategories(connection, categories);
        int suppliers = insertSuppliers(connection);
        List<Products.Warehouse> warehouses = insertWarehouses(connection);
        List<List<String>> leafCategories = categories.stream().filter(row -> !row.get(4).isEmpty()).toList();
        Products products = insertProducts(connection, leafCategories, suppliers, warehouses);
        insertStockLevels(connection, products);
        return products;
    }

    private void insertCategories(Connection connection, List<List<String>> categories) throws SQLException {
        try (BatchInsert insert = new BatchInsert(connection, "inventory.categories",
                "category_id", "parent_category_id", "name", "slug", "is_active")) {
            for (List<String> row : categories) {
                int parent = Integer.parseInt(row.get(1));
                String name = row.get(2);
                String slug = name.toLowerCase(Locale.ROOT).replace("&", "").replaceAll("[^a-z0-9]+", "-");
                boolean hasProducts = !row.get(4).isEmpty() || categories.stream().anyMatch(r -> r.get(1).equals(row.get(0)));
                insert.row(Integer.parseInt(row.get(0)), parent == 0 ? null : parent, name, slug, hasProducts);
            }
        }
    }

    private int insertSuppliers(Connection connection) throws SQLException {
        DemoRandom random = new DemoRandom(seed, "inventory.suppliers");
        ContactFaker faker = new ContactFaker(random, words);
        List<List<String>> suppliers = words.rows("suppliers");
        try (BatchInsert insert = new BatchInsert(connection, "inventory.suppliers", "supplier_id", "company_name",
                "contact_name", "contact_email", "phone", "country_code", "iban", "payment_terms_days", "is_preferred",
                "created_at")) {
            for (int i = 0; i < suppliers.size(); i++) {
                String company = suppliers.get(i).get(0);
                Place place = faker.placeIn(suppliers.get(i).get(1));
                String first = faker.firstName();
                String last = faker.lastName();
                String domain = ContactFaker.asciiLower(company.split(" ")[0]) + topLevelDomain(place.countryCode());
                String iban = Iban.generate(random, place.countryCode());
                insert.row(i + 1, company, random.chance(0.9) ? first + " " + last : null,
                        faker.email(first, last, domain, new HashSet<>()), faker.phone(place), place.countryCode(),
                        iban == null ? null : Iban.grouped(iban), random.pick(List.of(30, 30, 45, 60, 90)),
                        random.chance(0.3),
                        random.timeBetween(LocalDateTime.of(2016, 1, 4, 9, 0), LocalDateTime.of(2023, 6, 30, 17, 0)));
            }
        }
        return suppliers.size();
    }

    private List<Products.Warehouse> insertWarehouses(Connection connection) throws SQLException {
        List<Products.Warehouse> warehouses = new ArrayList<>();
        try (BatchInsert insert = new BatchInsert(connection, "inventory.warehouses",
                "warehouse_id", "code", "name", "city", "country_code", "capacity_m3", "opened_on")) {
            for (List<String> row : words.rows("warehouses")) {
                int id = Integer.parseInt(row.get(0));
                LocalDate opened = LocalDate.parse(row.get(6));
                insert.row(id, row.get(1), row.get(2), row.get(3), row.get(4),
                        row.get(5).isEmpty() ? null : Integer.valueOf(row.get(5)), opened);
                warehouses.add(new Products.Warehouse(id, row.get(4), opened, List.of(row.get(7).split(" "))));
            }
        }
        return warehouses;
    }

    private Products insertProducts(Connection connection, List<List<String>> categories, int suppliers,
                                    List<Products.Warehouse> warehouses) throws SQLException {
        DemoRandom random = new DemoRandom(seed, "inventory.products");
        BigDecimal[] prices = new BigDecimal[PRODUCTS];
        double[] weights = new double[PRODUCTS];
        double[] popularity = new double[PRODUCTS];
        BitSet pricey = new BitSet();
        try (BatchInsert insert = new BatchInsert(connection, "inventory.products", "product_id", "sku", "name",
                "description", "category_id", "supplier_id", "unit_price", "cost_price", "weight_kg", "is_discontinued",
                "attributes:json", "thumbnail_png", "launched_on", "created_at")) {
            for (int i = 0; i < PRODUCTS; i++) {
                prices[i] = random.shelfPrice(45, 0.8, 4, 449);
                if (prices[i].compareTo(BigDecimal.valueOf(20)) > 0) {
                    pricey.set(i);
                }
            }
            BitSet outliers = random.choose(PlantedAnomalies.PRICE_OUTLIERS, PRODUCTS, flip(pricey, PRODUCTS));
            for (int i = 0; i < PRODUCTS; i++) {
                List<String> category = random.pick(categories);
                String noun = random.pick(List.of(category.get(4).split(",")));
                String adjective = random.pick(words.words("adjectives"));
                String material = random.pick(List.of(category.get(5).split(",")));
                String colour = random.pick(words.words("colors"));
                weights[i] = Math.round(Math.exp(Math.log(0.6) + 0.9 * random.gaussian()) * 1000) / 1000.0 + 0.05;
                popularity[i] = Math.exp(1.1 * random.gaussian());
                BigDecimal shelf = outliers.get(i) ? prices[i].movePointRight(2) : prices[i];
                LocalDate launched = random.dateBetween(LocalDate.of(2018, 2, 1), LocalDate.of(2025, 10, 1));
                insert.row(i + 1, category.get(3) + "-" + (10000 + i * 7 + random.between(0, 6)),
                        random.pick(words.words("brands")) + " " + adjective + " " + noun,
                        random.chance(0.12) ? null : description(adjective, noun, material, colour),
                        Integer.parseInt(category.get(0)), random.chance(0.05) ? null : random.between(1, suppliers),
                        shelf, random.chance(0.06) ? null
                                : prices[i].multiply(BigDecimal.valueOf(0.35 + 0.25 * random.unit())).setScale(2, RoundingMode.HALF_UP),
                        BigDecimal.valueOf(weights[i]).setScale(3, RoundingMode.HALF_UP), random.chance(0.08),
                        attributes(random, category.get(3), material, colour),
                        random.chance(0.1) ? null : PngThumbnails.gradient(random),
                        random.chance(0.04) ? null : launched,
                        launched.atTime(random.between(8, 18), random.between(0, 59)).minusDays(random.between(3, 40)));
            }
        }
        return new Products(prices, weights, popularity, List.copyOf(warehouses));
    }

    private static String topLevelDomain(String countryCode) {
        return switch (countryCode) {
            case "US" -> ".com";
            case "GB" -> ".co.uk";
            default -> "." + countryCode.toLowerCase(Locale.ROOT);
        };
    }

    private static BitSet flip(BitSet bits, int length) {
        BitSet flipped = (BitSet) bits.clone();
        flipped.flip(0, length);
        return flipped;
    }

    private static String description(String adjective, String noun, String material, String colour) {
        return "Our " + adjective.toLowerCase(Locale.ROOT) + " " + noun.toLowerCase(Locale.ROOT) + " is made from "
                + material + " and comes in " + colour + ". Designed in the UK, tested in the Scottish Highlands.";
    }

    private static String attributes(DemoRandom random, String skuPrefix, String material, String colour) {
        StringBuilder json = new StringBuilder("{\"colour\":\"").append(colour).append("\",\"material\":\"")
                .append(material).append("\",\"warranty_years\":").append(random.pick(List.of(1, 2, 2, 3, 5)));
        if (SIZED_CATEGORIES.contains(skuPrefix)) {
            json.append(",\"sizes\":").append(random.chance(0.5) ? "[\"XS\",\"S\",\"M\",\"L\",\"XL\"]" : "[\"S\",\"M\",\"L\"]");
        }
        if (random.chance(0.3)) {
            json.append(",\"eco\":{\"recycled_pct\":").append(random.between(20, 100)).append(",\"bluesign\":")
                    .append(random.chance(0.5)).append('}');
        }
        return json.append('}').toString();
    }

    private void insertStockLevels(Connection connection, Products products) throws SQLException {
        DemoRandom random = new DemoRandom(seed, "inventory.stock_levels");
        int warehouseCount = products.warehouses().size();
        try (BatchInsert insert = new BatchInsert(connection, "inventory.stock_levels", "warehouse_id", "product_id",
                "quantity_on_hand", "reorder_point", "bin_location", "last_counted_at")) {
            for (int product = 1; product <= products.count(); product++) {
                BitSet stocked = random.choose(random.between(1, warehouseCount - 1), warehouseCount, new BitSet());
                for (int w = stocked.nextSetBit(0); w >= 0; w = stocked.nextSetBit(w + 1)) {
                    insert.row(w + 1, product, random.chance(0.1) ? 0 : random.between(1, 480),
                            random.pick(List.of(10, 20, 25, 50)), random.chance(0.05) ? null : random.fromPattern("A99-9-99"),
                            random.chance(0.03) ? null
                                    : random.timeBetween(ShopCalendar.SNAPSHOT.minusDays(90), ShopCalendar.SNAPSHOT));
                }
            }
        }
    }
}
