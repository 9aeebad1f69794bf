package io.datamind.docs;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.PiiCategory;
import io.datamind.classify.SemanticType;
import io.datamind.classify.Sensitivity;
import io.datamind.describe.ColumnDescription;
import io.datamind.describe.Description;
import io.datamind.describe.DescriptionSource;
import io.datamind.describe.TableDescription;
import io.datamind.profile.BooleanStats;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.ColumnTotals;
import io.datamind.profile.DistinctCount;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.Histogram;
import io.datamind.profile.NumericStats;
import io.datamind.profile.Quantiles;
import io.datamind.profile.SizeStats;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TableTotals;
import io.datamind.profile.TemporalStats;
import io.datamind.profile.TextStats;
import io.datamind.profile.ValueCount;
import io.datamind.quality.DatabaseQuality;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityScore;
import io.datamind.quality.Severity;
import io.datamind.quality.TableQuality;
import io.datamind.quality.suggest.SuggestedRule;
import io.datamind.relate.Relationship;
import io.datamind.relate.RelationshipOrigin;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.IndexInfo;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.UniqueConstraint;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-built dictionaries shaped like what the pipeline produces for a small shop database and a large one. */
public final class DictionaryFixtures {

    public static final TableRef CUSTOMERS = new TableRef("shop", "customers");
    public static final TableRef ORDERS = new TableRef("shop", "orders");
    public static final TableRef ORDER_ITEMS = new TableRef("shop", "order_items");
    public static final TableRef PRODUCTS = new TableRef("shop", "products");
    public static final TableRef ORDER_TOTALS = new TableRef("shop", "customer_order_totals");
    public static final TableRef EVENTS = new TableRef("shop", "events");
    /** A name with a space, unicode, quotes and a pipe: every renderer must cope with it. */
    public static final TableRef NOTES = new TableRef("shop", "Notes für \"VIP\" | 2024");
    public static final TableRef LEGACY_AUDIT = new TableRef("shop", "legacy_audit");
    public static final TableRef CLICKS = new TableRef("shop", "clicks");
    public static final long CLICKS_ROWS = 10_000_000;
    public static final long CLICKS_SAMPLE = 28_868;

    /** Text that would run as script if any renderer forgot to escape it. */
    public static final String HOSTILE_COMMENT = "Customers <script>alert('x')</script> of the shop | see \"CRM\"\nsecond line & more";

    private DictionaryFixtures() {
    }

    /** The shop after a comparison with an earlier run: one change of each shape, one on a name that needs escaping. */
    public static DataDictionary shopWithChanges() {
        return shop().withChanges(new io.datamind.drift.SchemaChanges("run-2026-11-21-001", "2026-11-21T21:00:00Z", java.util.List.of(
                new io.datamind.drift.Change(io.datamind.drift.ChangeKind.COLUMN_ADDED, CUSTOMERS, "email", null, "text",
                        "Column email was added (text)."),
                new io.datamind.drift.Change(io.datamind.drift.ChangeKind.COLUMN_TYPE_CHANGED, NOTES, "größe", "int <4>", "bigint|8",
                        "Column größe changed type from int <4> to bigint|8."),
                new io.datamind.drift.Change(io.datamind.drift.ChangeKind.TABLE_REMOVED, new TableRef("shop", "old_orders"), null,
                        null, null, "Table shop.old_orders was removed."),
                new io.datamind.drift.Change(io.datamind.drift.ChangeKind.ROW_COUNT_SHIFT, ORDERS, null, "1000", "1500",
                        "Row count changed from 1000 to 1500 (+50%)."))));
    }

    public static DataDictionary shop() {
        List<TableEntry> tables = List.of(customers(), orders(), orderItems(), products(), orderTotals(), events(), notes(),
                legacyAudit());
        List<Relationship> relationships = List.of(
                declared("orders_customer_id_fkey", ORDERS, "customer_id", CUSTOMERS, "customer_id"),
                declared("order_items_order_id_fkey", ORDER_ITEMS, "order_id", ORDERS, "order_id"),
                inferred(ORDER_ITEMS, "product_id", PRODUCTS, "product_id", 0.92,
                        "name product_id matches products.product_id, both integer, 100% of values found"),
                inferred(NOTES, "customer_id", CUSTOMERS, "customer_id", 0.71,
                        "name customer_id matches customers.customer_id, 97% of values found"));
        List<TableQuality> assessed = tables.stream().map(TableEntry::quality).filter(q -> q != null).toList();
        return new DataDictionary(DataDictionary.FORMAT_VERSION, "datamind 0.1.0",
                new SourceInfo("shop", "postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "PostgreSQL 15.8"),
                new RunInfo("run-2026-11-22-001", "2026-11-22T21:00:00Z", "2026-11-22T21:00:42Z", 42_000,
                        RunStatus.PARTIAL, "auto", "heuristic", tables.size(), 1),
                tables, relationships, DatabaseQuality.aggregate(assessed), null, null);
    }

    private static TableEntry customers() {
        List<ColumnSchema> columns = List.of(
                column(1, "customer_id", "bigint", TypeFamily.INTEGER, false, null),
                column(2, "email", "character varying(255)", TypeFamily.TEXT, false, "Login e-mail | unique"),
                column(3, "full_name", "text", TypeFamily.TEXT, true, null),
                column(4, "country_code", "character(2)", TypeFamily.TEXT, true, null),
                column(5, "created_at", "timestamp with time zone", TypeFamily.TIMESTAMP, false, null),
                column(6, "is_active", "boolean", TypeFamily.BOOLEAN, false, null));
        TableSchema schema = new TableSchema(CUSTOMERS, TableKind.TABLE, HOSTILE_COMMENT, columns,
                new PrimaryKey("customers_pkey", List.of("customer_id")),
                List.of(new UniqueConstraint("customers_email_key", List.of("email"))), List.of(),
                List.of(new IndexInfo("customers_pkey", List.of("customer_id"), true,
                                "CREATE UNIQUE INDEX customers_pkey ON shop.customers USING btree (customer_id)"),
                        new IndexInfo("customers_country_idx", List.of("country_code"), false,
                                "CREATE INDEX customers_country_idx ON shop.customers USING btree (country_code)")),
                RowCount.exact(1_000), List.of(), null);
        TableProfile profile = new TableProfile(CUSTOMERS, false, "full scan", 1_000, 310, List.of(
                idProfile("customer_id", 1_000),
                classified(textProfile("email", 1_000, 0, 1_000, List.of(new ValueCount("a***@example.com", 1),
                        new ValueCount("b***@example.com", 1)), 9, 40, "aaa@aaaaaaa.aaa"), EMAIL),
                classified(textProfile("full_name", 1_000, 12, 987, List.of(new ValueCount("M*** G***", 4),
                        new ValueCount("J*** S***", 3), new ValueCount("L*** W***", 2)), 4, 38, "Aaaaa Aaaaa"), FULL_NAME),
                classified(textProfile("country_code", 1_000, 30, 12, List.of(new ValueCount("DE", 310),
                        new ValueCount("FR", 205), new ValueCount("US", 180), new ValueCount("<b>XX</b>", 2)), 2, 2, "AA"),
                        COUNTRY),
                timestampProfile("created_at", 1_000),
                new ColumnProfile("is_active", TypeFamily.BOOLEAN, 1_000, 0, 0.0, DistinctCount.exact(2), 0.002,
                        new FrequentValues(List.of(new ValueCount("true", 870), new ValueCount("false", 130)), true),
                        List.of("true", "false"), null, null, null, new BooleanStats(870, 130), null)));
        TableDescription description = describe(CUSTOMERS,
                new Description(HOSTILE_COMMENT, DescriptionSource.DATABASE),
                "customer_id", "Unique identifier of the customer.",
                "email", "Login e-mail | unique",
                "full_name", "Full name as entered at sign-up.",
                "country_code", "ISO 3166-1 alpha-2 country of the billing address.",
                "created_at", "When the customer account was created.",
                "is_active", "Whether the account can place orders.");
        return new TableEntry(CUSTOMERS, schema, profile, description, null)
                .withQuality(customerQuality(), customerRules());
    }

    public static final ColumnSemantics EMAIL = new ColumnSemantics(SemanticType.EMAIL, 0.97, 0.97, null,
            PiiCategory.CONTACT, Sensitivity.CONFIDENTIAL, "name matches 'email'; 97.0% of 500 sampled values are e-mail addresses");
    public static final ColumnSemantics FULL_NAME = new ColumnSemantics(SemanticType.FULL_NAME, 0.9, 0.95, null,
            PiiCategory.IDENTITY, Sensitivity.CONFIDENTIAL, "95.0% of 500 sampled values are personal names");
    public static final ColumnSemantics COUNTRY = new ColumnSemantics(SemanticType.COUNTRY, 1.0, 1.0, null,
            PiiCategory.LOCATION, Sensitivity.PUBLIC, "all sampled values are ISO 3166 country codes");
    /** A reproduction that is SQL, with characters that must be escaped in every format. */
    public static final String INVALID_EMAIL_SQL = "SELECT COUNT(*) FROM \"shop\".\"customers\" WHERE \"email\" NOT LIKE '%@%' -- <b>&</b>";

    private static ColumnProfile classified(ColumnProfile p, ColumnSemantics semantics) {
        return new ColumnProfile(p.column(), p.family(), p.rows(), p.nullCount(), p.nullRatio(), p.distinct(),
                p.uniquenessRatio(), p.topValues(), p.samples(), p.numeric(), p.temporal(), p.text(), p.bool(), p.size(),
                semantics);
    }

    private static TableQuality customerQuality() {
        Map<Dimension, Double> email = new EnumMap<>(Map.of(Dimension.COMPLETENESS, 100.0, Dimension.VALIDITY, 97.0));
        Map<Dimension, Double> name = new EnumMap<>(Map.of(Dimension.COMPLETENESS, 98.8, Dimension.VALIDITY, 100.0));
        Map<String, QualityScore> columns = new LinkedHashMap<>();
        columns.put("email", QualityScore.of(email));
        columns.put("full_name", QualityScore.of(name));
        List<Finding> findings = List.of(
                new Finding("INVALID_VALUES", Severity.WARNING, Dimension.VALIDITY, CUSTOMERS, "email", 30, 0.03,
                        List.of("x***@nowhere", "<i>***@example.com"), INVALID_EMAIL_SQL, "3.0% of email values are not e-mail addresses"),
                new Finding("MISSING", Severity.WARNING, Dimension.COMPLETENESS, CUSTOMERS, "full_name", 12, 0.012,
                        List.of(), "classifier sample: share of values that are NULL", "1.2% of full_name values are missing (NULL)"),
                new Finding("STALE", Severity.WARNING, null, CUSTOMERS, "created_at", 0, 0.0, List.of(),
                        "SELECT MAX(\"created_at\") FROM \"shop\".\"customers\"", "shop.customers looks stale"));
        Map<Dimension, Double> table = new EnumMap<>(Map.of(Dimension.COMPLETENESS, 99.4, Dimension.VALIDITY, 98.5,
                Dimension.UNIQUENESS, 100.0));
        return new TableQuality(CUSTOMERS, QualityScore.of(table), columns, findings,
                Map.of("ORPHANS", "no database connection"));
    }

    private static List<SuggestedRule> customerRules() {
        return List.of(SuggestedRule.nonEmptyTable(CUSTOMERS, "the table has 1000 rows"),
                SuggestedRule.complete(CUSTOMERS, "email", "no NULL in 1000 rows"),
                SuggestedRule.unique(CUSTOMERS, "email", "declared primary key or unique"),
                SuggestedRule.allowedValues(CUSTOMERS, "country_code", List.of("DE", "FR", "US"), "3 values cover every row"),
                SuggestedRule.valueRange(CUSTOMERS, "customer_id", 1, 1000, "observed values run from 1 to 1000"));
    }

    private static TableEntry orders() {
        List<ColumnSchema> columns = List.of(
                column(1, "order_id", "bigint", TypeFamily.INTEGER, false, null),
                column(2, "customer_id", "bigint", TypeFamily.INTEGER, false, null),
                column(3, "ordered_at", "timestamp with time zone", TypeFamily.TIMESTAMP, false, null),
                column(4, "status", "text", TypeFamily.TEXT, false, null),
                new ColumnSchema(5, "total_amount", "numeric(12,2)", TypeFamily.DECIMAL, false, "0", null, false, false, null));
        TableSchema schema = new TableSchema(ORDERS, TableKind.TABLE, null, columns,
                new PrimaryKey("orders_pkey", List.of("order_id")), List.of(),
                List.of(new ForeignKey("orders_customer_id_fkey", List.of("customer_id"), CUSTOMERS, List.of("customer_id"))),
                List.of(new IndexInfo("orders_customer_idx", List.of("customer_id"), false,
                        "CREATE INDEX orders_customer_idx ON shop.orders USING btree (customer_id)")),
                RowCount.exact(5_000), List.of(), null);
        TableProfile profile = new TableProfile(ORDERS, false, "full scan", 5_000, 920, List.of(
                idProfile("order_id", 5_000),
                numericProfile("customer_id", 5_000, 1, 1_000, 480, 950),
                timestampProfile("ordered_at", 5_000),
                textProfile("status", 5_000, 0, 4, List.of(new ValueCount("delivered", 3_900), new ValueCount("shipped", 600),
                        new ValueCount("pending", 420), new ValueCount("cancelled", 80)), 7, 9, "aaaaaaa"),
                numericProfile("total_amount", 5_000, 0, 2_499.99, 87.5, 4_200)));
        TableDescription description = describe(ORDERS, new Description("Orders placed by customers.", DescriptionSource.HEURISTIC),
                "order_id", "Unique identifier of the order.",
                "customer_id", "The customer who placed the order.",
                "ordered_at", "When the order was placed.",
                "status", "Fulfilment state: pending, shipped, delivered or cancelled.",
                "total_amount", "Order total in EUR including tax.");
        return new TableEntry(ORDERS, schema, profile, description, null);
    }

    private static TableEntry orderItems() {
        List<ColumnSchema> columns = List.of(
                column(1, "order_id", "bigint", TypeFamily.INTEGER, false, null),
                column(2, "line_no", "integer", TypeFamily.INTEGER, false, null),
                column(3, "product_id", "integer", TypeFamily.INTEGER, false, null),
                column(4, "quantity", "integer", TypeFamily.INTEGER, false, null),
                column(5, "unit_price", "numeric(10,2)", TypeFamily.DECIMAL, false, null));
        TableSchema schema = new TableSchema(ORDER_ITEMS, TableKind.TABLE, null, columns,
                new PrimaryKey("order_items_pkey", List.of("order_id", "line_no")), List.of(),
                List.of(new ForeignKey("order_items_order_id_fkey", List.of("order_id"), ORDERS, List.of("order_id"))),
                List.of(), RowCount.estimated(2_400_000), List.of(), null);
        TableProfile profile = new TableProfile(ORDER_ITEMS, true, "TABLESAMPLE SYSTEM (4.2)", 100_000, 2_100, List.of(
                numericProfile("order_id", 100_000, 1, 5_000, 2_510, 4_980),
                numericProfile("line_no", 100_000, 1, 12, 2.4, 12),
                numericProfile("product_id", 100_000, 1, 300, 151, 300),
                numericProfile("quantity", 100_000, 1, 50, 2.1, 48),
                numericProfile("unit_price", 100_000, 0.5, 899.0, 24.9, 2_900)));
        TableDescription description = describe(ORDER_ITEMS, new Description("Lines of each order.", DescriptionSource.LLM),
                "product_id", "Product sold on this line.", "quantity", "Units ordered.");
        return new TableEntry(ORDER_ITEMS, schema, profile, description, null);
    }

    private static TableEntry products() {
        List<ColumnSchema> columns = List.of(
                column(1, "product_id", "integer", TypeFamily.INTEGER, false, null),
                column(2, "sku", "character varying(32)", TypeFamily.TEXT, false, null),
                column(3, "name", "text", TypeFamily.TEXT, false, null),
                column(4, "photo", "bytea", TypeFamily.BINARY, true, null),
                column(5, "attributes", "jsonb", TypeFamily.JSON, true, null));
        TableSchema schema = new TableSchema(PRODUCTS, TableKind.TABLE, "Catalogue of sellable products", columns,
                new PrimaryKey("products_pkey", List.of("product_id")),
                List.of(new UniqueConstraint("products_sku_key", List.of("sku"))), List.of(), List.of(),
                RowCount.exact(300), List.of(), null);
        TableProfile profile = new TableProfile(PRODUCTS, false, "full scan", 300, 80, List.of(
                idProfile("product_id", 300),
                textProfile("sku", 300, 0, 300, List.of(new ValueCount("SKU-0001", 1)), 8, 8, "AAA-9999"),
                textProfile("name", 300, 0, 296, List.of(new ValueCount("Mug", 3), new ValueCount("T-Shirt", 2)), 3, 60, "Aaa"),
                new ColumnProfile("photo", TypeFamily.BINARY, 300, 45, 0.15, null, null, null, null, null, null, null, null,
                        new SizeStats(2_048, 48_211.5, 512_000)),
                new ColumnProfile("attributes", TypeFamily.JSON, 300, 120, 0.4, DistinctCount.exact(40), 40.0 / 180,
                        new FrequentValues(List.of(new ValueCount("{\"colour\": \"red\"}", 30)), true),
                        List.of("{\"colour\": \"red\"}"), null, null, null, null, null)));
        TableDescription description = describe(PRODUCTS,
                new Description("Catalogue of sellable products", DescriptionSource.DATABASE),
                "sku", "Stock keeping unit.", "photo", "Product photo (JPEG).");
        return new TableEntry(PRODUCTS, schema, profile, description, null);
    }

    private static TableEntry orderTotals() {
        List<ColumnSchema> columns = List.of(
                column(1, "customer_id", "bigint", TypeFamily.INTEGER, true, null),
                column(2, "orders", "bigint", TypeFamily.INTEGER, true, null),
                column(3, "revenue", "numeric", TypeFamily.DECIMAL, true, null));
        TableSchema schema = new TableSchema(ORDER_TOTALS, TableKind.VIEW, null, columns, null, List.of(), List.of(), List.of(),
                null, List.of(),
                "SELECT o.customer_id, count(*) AS orders, sum(o.total_amount) AS revenue\n"
                        + "FROM shop.orders o\nWHERE o.status <> 'cancelled'\nGROUP BY o.customer_id");
        TableDescription description = describe(ORDER_TOTALS,
                new Description("Number of orders and revenue per customer.", DescriptionSource.HEURISTIC));
        return new TableEntry(ORDER_TOTALS, schema, null, description, null);
    }

    private static TableEntry events() {
        List<ColumnSchema> columns = List.of(
                column(1, "event_id", "uuid", TypeFamily.UUID, false, null),
                column(2, "occurred_on", "date", TypeFamily.DATE, false, null),
                column(3, "payload", "jsonb", TypeFamily.JSON, true, null));
        TableSchema schema = new TableSchema(EVENTS, TableKind.PARTITIONED_TABLE, null, columns,
                new PrimaryKey("events_pkey", List.of("event_id", "occurred_on")), List.of(), List.of(), List.of(),
                RowCount.estimated(12_000_000), List.of("events_2024", "events_2025", "events_2026"), null);
        TableProfile profile = new TableProfile(EVENTS, true, "TABLESAMPLE SYSTEM (0.8)", 96_000, 4_400, List.of(
                new ColumnProfile("event_id", TypeFamily.UUID, 96_000, 0, 0.0, new DistinctCount(95_800, false, 94_100, 97_500),
                        0.998, null, List.of("0b9c6a1e-3d1f-4e55-9a7c-2f0d8e5b6a11"), null, null, null, null, null),
                new ColumnProfile("occurred_on", TypeFamily.DATE, 96_000, 0, 0.0, DistinctCount.exact(1_000), 1_000 / 96_000.0,
                        null, null, null, new TemporalStats("2024-01-01", "2026-09-26", "year",
                        List.of(new ValueCount("2024", 30_000), new ValueCount("2025", 40_000), new ValueCount("2026", 26_000))),
                        null, null, null)));
        return new TableEntry(EVENTS, schema, profile, null, null);
    }

    private static TableEntry notes() {
        List<ColumnSchema> columns = List.of(
                column(1, "note_id", "integer", TypeFamily.INTEGER, false, null),
                column(2, "customer_id", "integer", TypeFamily.INTEGER, true, null),
                column(3, "Größe \"cm\"", "integer", TypeFamily.INTEGER, true, "Size | in cm"));
        TableSchema schema = new TableSchema(NOTES, TableKind.TABLE, null, columns,
                new PrimaryKey(null, List.of("note_id")), List.of(), List.of(), List.of(), RowCount.exact(40), List.of(), null);
        TableProfile profile = new TableProfile(NOTES, false, "full scan", 40, 5, List.of(
                idProfile("note_id", 40), numericProfile("customer_id", 40, 3, 990, 400, 39),
                numericProfile("Größe \"cm\"", 40, -5, 210, 120.5, 35)));
        return new TableEntry(NOTES, schema, profile, null, null);
    }

    private static TableEntry legacyAudit() {
        return new TableEntry(LEGACY_AUDIT, null, null, null,
                new TableFailure("scan", "SourceAccessException", "permission denied for table legacy_audit"));
    }

    /**
     * The shop plus a 10-million-row click table profiled in hybrid mode: a 28,868-row sample for every figure, plus
     * totals over all rows that catch what the sample missed (the outlier amount, the far-future day, the one empty
     * label, the largest payload). Sample and total null shares differ so a reader can tell which one is shown.
     */
    public static DataDictionary hybrid() {
        DataDictionary shop = shop();
        List<TableEntry> tables = new ArrayList<>(shop.tables());
        tables.add(clicks());
        RunInfo run = shop.run();
        return new DataDictionary(shop.formatVersion(), shop.tool(), shop.source(),
                new RunInfo(run.runId(), run.startedAt(), run.finishedAt(), run.durationMs(), run.status(), "hybrid",
                        run.describer(), tables.size(), run.tablesFailed()),
                tables, shop.relationships(), shop.quality(), null, null);
    }

    /** {@link #hybrid()} as a SAMPLE profile leaves it: the same sample, no totals. */
    public static DataDictionary hybridAsSample() {
        DataDictionary hybrid = hybrid();
        List<TableEntry> tables = hybrid.tables().stream().map(DictionaryFixtures::withoutTotals).toList();
        return new DataDictionary(hybrid.formatVersion(), hybrid.tool(), hybrid.source(), hybrid.run(), tables,
                hybrid.relationships(), hybrid.quality(), null, null);
    }

    private static TableEntry withoutTotals(TableEntry entry) {
        TableProfile p = entry.profile();
        if (p == null || p.totals() == null) {
            return entry;
        }
        TableProfile sample = new TableProfile(p.table(), p.sampled(), p.method(), p.rowsProfiled(), p.durationMs(),
                p.columns().stream().map(c -> c.withTotals(null)).toList());
        return new TableEntry(entry.table(), entry.schema(), sample, entry.description(), entry.failure(), entry.quality(),
                entry.suggestedRules(), entry.fingerprint(), entry.reusedFrom());
    }

    private static TableEntry clicks() {
        List<ColumnSchema> columns = List.of(
                column(1, "click_id", "bigint", TypeFamily.INTEGER, false, null),
                column(2, "amount", "numeric(12,2)", TypeFamily.DECIMAL, true, null),
                column(3, "clicked_on", "date", TypeFamily.DATE, false, null),
                column(4, "label", "character varying(40)", TypeFamily.TEXT, true, null),
                column(5, "is_bot", "boolean", TypeFamily.BOOLEAN, true, null),
                column(6, "payload", "bytea", TypeFamily.BINARY, true, null),
                column(7, "score", "double precision", TypeFamily.FLOAT, false, "NaN where the model gave up"),
                column(8, "only_null", "integer", TypeFamily.INTEGER, true, null));
        TableSchema schema = new TableSchema(CLICKS, TableKind.TABLE, null, columns,
                new PrimaryKey("clicks_pkey", List.of("click_id")), List.of(), List.of(), List.of(),
                RowCount.estimated(9_998_000), List.of(), null);
        long rows = CLICKS_SAMPLE;
        long amountNulls = 2_502;
        long labelNulls = 2_021;
        long botNulls = 1_443;
        long payloadNulls = 3_000;
        TableProfile profile = new TableProfile(CLICKS, true, "TABLESAMPLE SYSTEM (0.29)", rows, 200, List.of(
                new ColumnProfile("click_id", TypeFamily.INTEGER, rows, 0, 0.0, DistinctCount.exact(rows), 1.0, null,
                        List.of("412", "9999873"), numeric(412, 9_999_873, 5_001_234.5, rows), null, null, null, null)
                        .withTotals(totals(0, new ColumnTotals.NumberRange(1, 10_000_000), null, null, null, null)),
                new ColumnProfile("amount", TypeFamily.DECIMAL, rows, amountNulls, (double) amountNulls / rows,
                        DistinctCount.exact(1_400), 1_400.0 / (rows - amountNulls),
                        new FrequentValues(List.of(new ValueCount("19.99", 2_600), new ValueCount("4.5", 1_300)), true),
                        List.of("19.99", "-300"), numeric(-300, 699.5, 87.25, rows - amountNulls), null, null, null, null)
                        .withTotals(totals(909_091, new ColumnTotals.NumberRange(-300, 9_999_999.99), null, null, null, null)),
                new ColumnProfile("clicked_on", TypeFamily.DATE, rows, 0, 0.0, DistinctCount.exact(1_500), 1_500.0 / rows,
                        null, List.of("2022-05-17"), null,
                        new TemporalStats("2020-01-01", "2024-02-08", "year", List.of(new ValueCount("2020", 7_000),
                                new ValueCount("2021", 7_000), new ValueCount("2022", 7_000), new ValueCount("2023", 7_000),
                                new ValueCount("2024", 868))), null, null, null)
                        .withTotals(totals(0, null, new ColumnTotals.TimeRange("2020-01-01", "2099-12-31"), null, null, null)),
                textProfile("label", rows, labelNulls, 17, List.of(new ValueCount("cat_1", 1_600), new ValueCount("cat_2", 1_590)),
                        4, 6, "aaa_99")
                        .withTotals(totals(769_231, null, null, 1L, null, null)),
                new ColumnProfile("is_bot", TypeFamily.BOOLEAN, rows, botNulls, (double) botNulls / rows, DistinctCount.exact(2),
                        2.0 / (rows - botNulls),
                        new FrequentValues(List.of(new ValueCount("false", 18_368), new ValueCount("true", 9_057)), true),
                        List.of("false", "true"), null, null, null, new BooleanStats(9_057, 18_368), null)
                        .withTotals(totals(588_235, null, null, null, new BooleanStats(3_137_255, 6_274_510), null)),
                new ColumnProfile("payload", TypeFamily.BINARY, rows, payloadNulls, (double) payloadNulls / rows, null, null, null,
                        null, null, null, null, null, new SizeStats(0, 31.5, 63))
                        .withTotals(totals(1_111_111, null, null, null, null, new ColumnTotals.ByteRange(0, 4_096))),
                new ColumnProfile("score", TypeFamily.FLOAT, rows, 0, 0.0, DistinctCount.exact(10_007), 10_007.0 / rows, null,
                        List.of("0.25"), numeric(0, 2_501.75, 1_250.9, rows), null, null, null, null)
                        .withTotals(totals(0, null, null, null, null, null)),
                new ColumnProfile("only_null", TypeFamily.INTEGER, rows, rows, 1.0, DistinctCount.exact(0), null, null, List.of(),
                        null, null, null, null, null)
                        .withTotals(totals(CLICKS_ROWS, null, null, null, null, null))),
                new TableTotals(CLICKS_ROWS, 2_600));
        TableDescription description = describe(CLICKS, new Description("Clicks on product pages.", DescriptionSource.HEURISTIC),
                "click_id", "Unique identifier of the click.", "amount", "Basket value when the click happened.");
        return new TableEntry(CLICKS, schema, profile, description, null);
    }

    private static ColumnTotals totals(long nulls, ColumnTotals.NumberRange numeric, ColumnTotals.TimeRange temporal,
                                       Long emptyCount, BooleanStats bool, ColumnTotals.ByteRange size) {
        return new ColumnTotals(nulls, (double) nulls / CLICKS_ROWS, numeric, temporal, emptyCount, bool, size);
    }

    /** A large, fully profiled schema: every table references one or two earlier ones. */
    public static DataDictionary generated(int tableCount, int columnsPerTable) {
        List<TableEntry> tables = new ArrayList<>();
        List<Relationship> relationships = new ArrayList<>();
        for (int t = 0; t < tableCount; t++) {
            TableRef table = new TableRef("erp", String.format("table_%03d", t));
            List<ForeignKey> foreignKeys = new ArrayList<>();
            if (t > 0) {
                TableRef parent = new TableRef("erp", String.format("table_%03d", (t - 1) / 2));
                foreignKeys.add(new ForeignKey(table.name() + "_parent_fkey", List.of("parent_id"), parent, List.of("id")));
                relationships.add(declared(table.name() + "_parent_fkey", table, "parent_id", parent, "id"));
            }
            if (t > 10 && t % 3 == 0) {
                relationships.add(inferred(table, "ref_id", new TableRef("erp", String.format("table_%03d", t / 3)), "id", 0.8,
                        "name ref_id matches, 95% of values found"));
            }
            tables.add(generatedTable(table, columnsPerTable, foreignKeys));
        }
        return new DataDictionary(DataDictionary.FORMAT_VERSION, "datamind 0.1.0",
                new SourceInfo("erp", "postgresql", "jdbc:postgresql://127.0.0.1:5432/erp", "PostgreSQL 15.8"),
                new RunInfo("run-large", "2026-11-22T21:00:00Z", "2026-11-22T22:10:00Z", 4_200_000, RunStatus.SUCCEEDED,
                        "auto", "heuristic", tableCount, 0),
                tables, relationships, null, null, null);
    }

    private static TableEntry generatedTable(TableRef table, int columnCount, List<ForeignKey> foreignKeys) {
        List<ColumnSchema> columns = new ArrayList<>();
        List<ColumnProfile> profiles = new ArrayList<>();
        List<String> describedColumns = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            String name = c == 0 ? "id" : c == 1 ? "parent_id" : c == 2 ? "ref_id" : "attribute_" + c;
            int kind = c < 3 ? 0 : c % 4;
            TypeFamily family = switch (kind) {
                case 0, 1 -> TypeFamily.INTEGER;
                case 2 -> TypeFamily.TEXT;
                default -> TypeFamily.TIMESTAMP;
            };
            columns.add(column(c + 1, name, family == TypeFamily.TEXT ? "character varying(100)" : family.name().toLowerCase(),
                    family, c > 0, null));
            profiles.add(switch (family) {
                case INTEGER -> c == 0 ? idProfile(name, 50_000) : numericProfile(name, 50_000, 0, 10_000 + c, 480.5, 4_000);
                case TEXT -> textProfile(name, 50_000, 100, 200, topValues("value " + c, 10), 3, 100, "aaaaa 99");
                default -> timestampProfile(name, 50_000);
            });
            describedColumns.add(name);
            describedColumns.add("The " + name.replace('_', ' ') + " of the " + table.name() + " record.");
        }
        TableSchema schema = new TableSchema(table, TableKind.TABLE, null, columns, new PrimaryKey(table.name() + "_pkey", List.of("id")),
                List.of(), foreignKeys, List.of(), RowCount.exact(50_000), List.of(), null);
        TableProfile profile = new TableProfile(table, false, "full scan", 50_000, 1_000, profiles);
        TableDescription description = describe(table,
                new Description("Records of " + table.name() + " in the ERP system.", DescriptionSource.HEURISTIC),
                describedColumns.toArray(String[]::new));
        return new TableEntry(table, schema, profile, description, null);
    }

    private static List<ValueCount> topValues(String prefix, int count) {
        List<ValueCount> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(new ValueCount(prefix + "-" + i, 1_000L - i * 90L));
        }
        return values;
    }

    private static ColumnSchema column(int ordinal, String name, String type, TypeFamily family, boolean nullable, String comment) {
        return new ColumnSchema(ordinal, name, type, family, nullable, null, comment, false, false,
                type.startsWith("character varying(") ? Integer.valueOf(type.replaceAll("\\D", "")) : null);
    }

    private static ColumnProfile idProfile(String column, long rows) {
        return new ColumnProfile(column, TypeFamily.INTEGER, rows, 0, 0.0, DistinctCount.exact(rows), 1.0, null,
                List.of("1", "2", "3"), numeric(1, rows, (rows + 1) / 2.0, rows), null, null, null, null);
    }

    private static ColumnProfile numericProfile(String column, long rows, double min, double max, double mean, long distinct) {
        return new ColumnProfile(column, TypeFamily.INTEGER, rows, rows / 50, 0.02, DistinctCount.exact(distinct),
                (double) distinct / (rows - rows / 50),
                new FrequentValues(List.of(new ValueCount(Figures.number(min), rows / 20), new ValueCount(Figures.number(max), rows / 40)),
                        true),
                List.of(Figures.number(min), Figures.number(mean)), numeric(min, max, mean, rows), null, null, null, null);
    }

    private static NumericStats numeric(double min, double max, double mean, long rows) {
        double span = max - min;
        List<Histogram.Bin> bins = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long count = Math.round(rows / 20.0 * (1.5 - Math.abs(i - 6) / 13.0));
            bins.add(new Histogram.Bin(min + span * i / 20, min + span * (i + 1) / 20, Math.max(count, 0)));
        }
        Quantiles quantiles = new Quantiles(min + span * 0.01, min + span * 0.05, min + span * 0.25, min + span * 0.5,
                min + span * 0.75, min + span * 0.95, min + span * 0.99, true);
        return new NumericStats(min, max, mean, span / 4, mean * rows, min <= 0 && max >= 0 ? 3 : 0, min < 0 ? 2 : 0,
                quantiles, new Histogram(bins, true));
    }

    private static ColumnProfile textProfile(String column, long rows, long nulls, long distinct, List<ValueCount> top,
                                             int minLength, int maxLength, String shape) {
        long nonNull = rows - nulls;
        return new ColumnProfile(column, TypeFamily.TEXT, rows, nulls, (double) nulls / rows, DistinctCount.exact(distinct),
                (double) distinct / nonNull, new FrequentValues(top, true), top.stream().limit(3).map(ValueCount::value).toList(),
                null, null, new TextStats(minLength, (minLength + maxLength) / 2.0, maxLength, 0,
                        List.of(new ValueCount(shape, nonNull * 3 / 4))), null, null);
    }

    private static ColumnProfile timestampProfile(String column, long rows) {
        return new ColumnProfile(column, TypeFamily.TIMESTAMP, rows, 0, 0.0, new DistinctCount(rows - 3, false, rows - 40, rows + 30),
                1.0, null, List.of("2025-03-04T10:15:00Z"), null,
                new TemporalStats("2023-01-02T08:00:00Z", "2026-11-20T17:45:00Z", "month",
                        List.of(new ValueCount("2026-09", rows / 4), new ValueCount("2026-10", rows / 3),
                                new ValueCount("2026-11", rows / 5))),
                null, null, null);
    }

    private static TableDescription describe(TableRef table, Description description, String... columnTexts) {
        List<ColumnDescription> columns = new ArrayList<>();
        for (int i = 0; i + 1 < columnTexts.length; i += 2) {
            columns.add(new ColumnDescription(columnTexts[i], new Description(columnTexts[i + 1], description.source())));
        }
        return new TableDescription(table, description, columns);
    }

    private static Relationship declared(String name, TableRef from, String fromColumn, TableRef to, String toColumn) {
        return new Relationship(name, from, List.of(fromColumn), to, List.of(toColumn), RelationshipOrigin.DECLARED, 1.0, null);
    }

    private static Relationship inferred(TableRef from, String fromColumn, TableRef to, String toColumn, double confidence,
                                         String evidence) {
        return new Relationship(null, from, List.of(fromColumn), to, List.of(toColumn), RelationshipOrigin.INFERRED, confidence,
                evidence);
    }
}
