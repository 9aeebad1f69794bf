package io.datamind.demo;

/**
 * The data-quality problems the demo database contains on purpose, and exactly how many of each,
 * whatever the seed. Profiling and the dictionary should surface every one of them.
 */
public final class PlantedAnomalies {

    /** {@code sales.customers.email}: addresses that fail a basic syntax check (3% of customers). */
    public static final int INVALID_EMAILS = 60;
    /** {@code sales.customers.email}: rows repeating another customer's address in a column that looks unique. */
    public static final int DUPLICATE_EMAILS = 15;
    /** {@code sales.customers.date_of_birth}: century typos (2094 for 1994), dates in the future. */
    public static final int FUTURE_BIRTH_DATES = 12;
    /** {@code sales.customers.date_of_birth}: not given. */
    public static final int MISSING_BIRTH_DATES = 300;
    /** {@code sales.customers.phone}: NULL. */
    public static final int MISSING_PHONES = 150;
    /** {@code sales.customers.phone}: empty string rather than NULL. */
    public static final int BLANK_PHONES = 40;
    /** {@code sales.order_items.quantity}: negative quantities (returns booked as order lines). */
    public static final int NEGATIVE_QUANTITIES = 25;
    /** {@code sales.reviews.customer_id}: ids of customers that do not exist (no FK is declared). */
    public static final int ORPHAN_REVIEW_CUSTOMERS = 40;
    /** {@code inventory.products.unit_price}: prices keyed in pence/cents, a hundred times too high (above 1,000). */
    public static final int PRICE_OUTLIERS = 3;
    /** {@code sales.payments.card_number}: full card numbers where only truncated ones belong. */
    public static final int UNMASKED_CARD_NUMBERS = 5;
    /** {@code sales.customers.fax_number} is NULL in every row. */
    public static final String ALL_NULL_COLUMN = "sales.customers.fax_number";
    /** {@code sales.gift_cards} has no rows. */
    public static final String EMPTY_TABLE = "sales.gift_cards";

    private PlantedAnomalies() {
    }
}
