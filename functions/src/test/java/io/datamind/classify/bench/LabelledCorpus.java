package io.datamind.classify.bench;

import io.datamind.classify.ColumnEvidence;
import io.datamind.classify.SemanticType;
import io.datamind.scan.TypeFamily;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A labelled accuracy corpus built in code from a fixed seed: for every semantic type, columns of realistic values
 * under several names (synonyms, camelCase, and neutral names like {@code col7} where the values identify
 * themselves), plus decoys that look like one type but are another (phone-like totals, ZIP-like product ids,
 * free text with e-mails in it...).
 *
 * <p>Neutral names are used only for types whose values identify themselves. A column of five-digit numbers
 * called {@code col13} is no more a ZIP code than an order number, so ZIPs, ages, years, coordinates, amounts,
 * cities and last names appear only under names a person would use for them.
 */
public final class LabelledCorpus {

    public static final long SEED = 20_261_122L;
    /** Sample size of the accuracy corpus; the speed benchmark uses the profiler's 500. */
    public static final int SAMPLE = 200;
    private static final long ROWS = 5_000;

    private static final List<String> FIRST = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer",
            "Michael", "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
            "Thomas", "Sarah", "Charles", "Karen", "Emma", "Olivia", "Noah", "Liam", "Sophia", "Lucas", "Mia", "Ethan",
            "Hannah", "Daniel", "Laura", "Kevin", "Anna", "Peter", "Maria", "Carlos", "Aisha", "Wei", "Priya", "Sven",
            "Isabelle", "Giovanni", "Yuki", "Fatima", "Dmitri", "Brianna", "Jaxon", "Kaylee", "Declan", "Zara", "Rowan",
            "Anouk", "Thiago", "Ingrid", "Mateo");
    private static final List<String> LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
            "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Taylor", "Moore",
            "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "King",
            "O'Brien", "McDonald", "Van der Berg", "Müller", "Schmidt", "Rossi", "Dubois", "Nakamura", "Kowalski",
            "Nguyen", "Patel", "Okafor", "Silva", "da Costa", "Fischer", "Jensen", "Novak", "Kim");
    private static final List<String> CITIES = List.of("Springfield", "New York", "Los Angeles", "Chicago", "Houston",
            "San Francisco", "Boston", "Seattle", "St. Louis", "Winston-Salem", "Rio de Janeiro", "London", "Paris",
            "Berlin", "München", "Madrid", "Toronto", "Sydney", "Osaka", "Lagos", "Austin", "Denver", "Portland",
            "Salt Lake City", "Kansas City", "Fort Worth", "Oakland", "Cambridge", "Oxford", "Lyon");
    private static final List<String> WORDS = List.of("acme", "globex", "initech", "umbrella", "stark", "wayne",
            "hooli", "vandelay", "soylent", "cyberdyne", "tyrell", "wonka", "gringotts", "oscorp", "aperture");
    private static final List<String> STREETS = List.of("Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington",
            "Lake", "Hill", "Park", "Sunset", "Evergreen", "Highland", "Church", "Mill", "River");
    private static final List<String> SUFFIXES = List.of("Street", "St", "Avenue", "Ave.", "Road", "Rd", "Boulevard",
            "Lane", "Drive", "Dr", "Court", "Way", "Terrace", "Place");
    private static final List<String> COUNTRY_NAMES = List.of("Germany", "France", "United States", "Japan", "Brazil",
            "India", "Canada", "Mexico", "Nigeria", "Kenya", "Australia", "Spain", "Italy", "Poland", "Sweden", "Norway",
            "Argentina", "Chile", "Egypt", "China", "Vietnam", "Netherlands", "Belgium", "Portugal", "Ireland");
    private static final List<String> ALPHA2 = List.of("DE", "FR", "US", "JP", "BR", "IN", "CA", "MX", "NG", "KE",
            "AU", "ES", "IT", "PL", "SE", "NO", "AR", "CL", "EG", "CN", "NL", "BE", "PT", "IE", "GB");
    private static final List<String> ALPHA3 = List.of("DEU", "FRA", "USA", "JPN", "BRA", "IND", "CAN", "MEX", "NGA",
            "KEN", "AUS", "ESP", "ITA", "POL", "SWE", "NOR", "ARG", "CHL", "EGY", "CHN", "NLD", "BEL", "PRT", "IRL");
    private static final List<String> STATE_CODES = List.of("CA", "NY", "TX", "FL", "WA", "IL", "MA", "OR", "CO",
            "GA", "NC", "AZ", "NV", "MN", "OH", "PA", "MI", "NJ", "VA", "UT");
    private static final List<String> STATE_NAMES = List.of("California", "New York", "Texas", "Florida",
            "Washington", "Illinois", "Massachusetts", "Oregon", "Colorado", "Georgia", "North Carolina", "Arizona",
            "Nevada", "Minnesota", "Ohio", "Pennsylvania", "Michigan", "New Jersey", "Virginia", "Utah");
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "CNY",
            "SEK", "NOK", "INR", "BRL", "MXN", "ZAR");
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl", "ja", "zh", "ru",
            "pl", "sv", "ko", "ar");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE", "fr-FR", "es-ES", "pt-BR",
            "ja-JP", "zh-CN", "it-IT", "nl-NL", "sv-SE", "es-MX", "fr-CA");
    private static final List<String> SENTENCE_WORDS = List.of("the", "order", "arrived", "late", "and", "box",
            "was", "damaged", "customer", "asked", "for", "a", "refund", "please", "call", "back", "tomorrow",
            "great", "service", "product", "works", "as", "expected", "but", "battery", "life", "could", "be",
            "better", "shipping", "took", "two", "weeks", "will", "buy", "again", "very", "happy", "with", "quality");
    private static final List<String> STATUSES = List.of("PENDING", "SHIPPED", "DELIVERED", "CANCELLED", "RETURNED");
    private static final List<String> TIERS = List.of("gold", "silver", "bronze", "platinum");
    private static final List<String> PRODUCTS = List.of("Wireless Mouse", "Standing Desk", "Coffee Grinder",
            "Noise Cancelling Headphones", "Yoga Mat", "Desk Lamp", "Water Bottle", "Running Shoes", "Office Chair",
            "Phone Case", "Garden Hose", "Chef Knife", "Travel Mug", "Laptop Stand", "Bluetooth Speaker");
    private static final List<String> JUNK = List.of("n/a", "N/A", "-", "unknown", "?", "null", "TBD", "none", "0");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final ValueSource v;
    private final int sampleSize;
    private final List<LabelledColumn> columns = new ArrayList<>();

    private LabelledCorpus(long seed, int sampleSize) {
        this.v = new ValueSource(new Random(seed));
        this.sampleSize = sampleSize;
    }

    public static List<LabelledColumn> generate() {
        return generate(SEED);
    }

    public static List<LabelledColumn> generate(long seed) {
        return generate(seed, SAMPLE);
    }

    /** The same column shapes with {@code sampleSize} values each (the profiler hands the classifier 500). */
    public static List<LabelledColumn> generate(long seed, int sampleSize) {
        LabelledCorpus corpus = new LabelledCorpus(seed, sampleSize);
        corpus.contact();
        corpus.network();
        corpus.financialAndIdentity();
        corpus.location();
        corpus.people();
        corpus.timeAndNumbers();
        corpus.codesAndFlags();
        corpus.technical();
        corpus.text();
        corpus.decoys();
        corpus.variants();
        return List.copyOf(corpus.columns);
    }

    // ---------------------------------------------------------------- types

    private void contact() {
        add(SemanticType.EMAIL, TypeFamily.TEXT, List.of("email", "e_mail", "contact_email", "customerEmail", "col7"),
                () -> (v.pick(FIRST) + "." + v.pick(LAST)).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "")
                        + (v.chance(0.5) ? v.between(1, 99) : "") + "@" + v.pick(WORDS) + v.pick(List.of(".com", ".org", ".co.uk", ".io")));
        add(SemanticType.PHONE, TypeFamily.TEXT, List.of("phone", "mobile", "tel", "phone_number", "col3"), this::phone);
        add(SemanticType.PHONE, TypeFamily.TEXT, List.of("mobile_no", "contact_phone"), () -> usNational("%s%s%s"));
        add(SemanticType.URL, TypeFamily.TEXT, List.of("url", "website", "homepage_link", "col12"),
                () -> v.pick(List.of("https://", "http://")) + "www." + v.pick(WORDS) + ".com/" + v.pick(SENTENCE_WORDS)
                        + "/" + v.between(1, 9999) + (v.chance(0.3) ? "?ref=" + v.pick(WORDS) : ""));
        add(SemanticType.DOMAIN, TypeFamily.TEXT, List.of("domain", "hostname", "email_domain"),
                () -> v.pick(List.of("", "mail.", "api.", "www.")) + v.pick(WORDS) + v.between(1, 999)
                        + v.pick(List.of(".com", ".net", ".org", ".de", ".io")));
        add(SemanticType.DOMAIN, TypeFamily.TEXT, List.of("col_host"), () -> "www." + v.pick(WORDS) + v.between(1, 999) + ".com");
    }

    private void network() {
        add(SemanticType.IPV4, TypeFamily.TEXT, List.of("ip_address", "client_ip", "remote_addr", "col9"),
                () -> v.between(1, 223) + "." + v.between(0, 255) + "." + v.between(0, 255) + "." + v.between(1, 254));
        add(SemanticType.IPV6, TypeFamily.TEXT, List.of("ipv6", "ip_address", "col10"), this::ipv6);
        add(SemanticType.MAC_ADDRESS, TypeFamily.TEXT, List.of("mac", "mac_address", "deviceMac", "col11"), this::mac);
        add(SemanticType.UUID, TypeFamily.TEXT, List.of("uuid", "guid", "col2", "correlationUuid"),
                () -> java.util.UUID.nameUUIDFromBytes(v.digits(12).getBytes()).toString());
        add(SemanticType.UUID, TypeFamily.UUID, List.of("id", "tenant_id"),
                () -> java.util.UUID.nameUUIDFromBytes(v.digits(12).getBytes()).toString());
    }

    private void financialAndIdentity() {
        add(SemanticType.CREDIT_CARD, TypeFamily.TEXT, List.of("cc_number", "card_no", "credit_card", "col5"), this::card);
        add(SemanticType.IBAN, TypeFamily.TEXT, List.of("iban", "bank_account", "payout_iban", "col6"), this::iban);
        add(SemanticType.US_SSN, TypeFamily.TEXT, List.of("ssn", "social_security_number", "col8"), () -> ssn("-"));
        add(SemanticType.US_SSN, TypeFamily.TEXT, List.of("ssn_plain", "customer_ssn"), () -> ssn(""));
        add(SemanticType.PASSWORD_OR_SECRET, TypeFamily.TEXT, List.of("password_hash", "pwd_hash", "col29"),
                () -> "$2b$12$" + v.chars(BASE64 + "./", 53));
        add(SemanticType.PASSWORD_OR_SECRET, TypeFamily.TEXT, List.of("argon_col"),
                () -> "$argon2id$v=19$m=65536,t=3,p=4$" + v.chars(BASE64, 22) + "$" + v.chars(BASE64, 43));
        add(SemanticType.PASSWORD_OR_SECRET, TypeFamily.TEXT, List.of("pwd", "password"),
                () -> v.pick(List.of("Summer", "hunter", "Dragon", "P@ss", "letmein", "Qwerty")) + v.between(1, 9999)
                        + v.pick(List.of("!", "", "#", "?")));
        add(SemanticType.PASSWORD_OR_SECRET, TypeFamily.TEXT, List.of("api_token", "api_key", "client_secret"),
                () -> "sk_live_" + v.chars(BASE64, 32));
        add(SemanticType.HASH_OR_TOKEN, TypeFamily.TEXT, List.of("sha256", "file_checksum", "etag", "col28"),
                () -> v.hex(v.pick(List.of(32, 40, 64))));
        add(SemanticType.HASH_OR_TOKEN, TypeFamily.TEXT, List.of("session_token", "col_tok"), () -> v.chars(BASE64, 43));
    }

    private void location() {
        add(SemanticType.US_ZIP, TypeFamily.TEXT, List.of("zip", "zip_code", "billingZip", "postal_code"),
                () -> String.format(Locale.ROOT, "%05d", v.between(1001, 99950)));
        add(SemanticType.US_ZIP, TypeFamily.TEXT, List.of("col13"),
                () -> String.format(Locale.ROOT, "%05d-%04d", v.between(1001, 99950), v.between(1, 9999)));
        add(SemanticType.POSTAL_CODE, TypeFamily.TEXT, List.of("postcode", "post_code", "plz", "col14"), this::foreignPostcode);
        add(SemanticType.COUNTRY, TypeFamily.TEXT, List.of("country", "country_code", "billingCountry"), () -> v.pick(ALPHA2));
        add(SemanticType.COUNTRY, TypeFamily.TEXT, List.of("nationality", "country_name", "col15"), () -> v.pick(COUNTRY_NAMES));
        add(SemanticType.COUNTRY, TypeFamily.TEXT, List.of("cntry", "country_iso3"), () -> v.pick(ALPHA3));
        add(SemanticType.US_STATE, TypeFamily.TEXT, List.of("state", "state_code", "billing_state"), () -> v.pick(STATE_CODES));
        add(SemanticType.US_STATE, TypeFamily.TEXT, List.of("state_name", "col16"), () -> v.pick(STATE_NAMES));
        add(SemanticType.CITY, TypeFamily.TEXT, List.of("city", "town", "billing_city", "birthPlace"), () -> v.pick(CITIES));
        add(SemanticType.STREET_ADDRESS, TypeFamily.TEXT, List.of("address", "street_address", "address_line1", "col17"),
                () -> v.between(1, 9999) + " " + v.pick(STREETS) + " " + v.pick(SUFFIXES)
                        + (v.chance(0.2) ? ", Apt " + v.between(1, 40) : ""));
        add(SemanticType.LATITUDE, TypeFamily.DECIMAL, List.of("lat", "latitude", "geoLat"),
                () -> String.format(Locale.ROOT, "%.6f", v.between(-89.9, 89.9)));
        add(SemanticType.LONGITUDE, TypeFamily.DECIMAL, List.of("lng", "lon", "longitude"),
                () -> String.format(Locale.ROOT, "%.6f", v.between(-179.9, 179.9)));
        add(SemanticType.LATITUDE, TypeFamily.TEXT, List.of("pickup_lat"),
                () -> String.format(Locale.ROOT, "%.4f", v.between(25.0, 49.0)));
    }

    private void people() {
        add(SemanticType.FIRST_NAME, TypeFamily.TEXT, List.of("first_name", "fname", "givenName", "col18"), () -> v.pick(FIRST));
        add(SemanticType.LAST_NAME, TypeFamily.TEXT, List.of("last_name", "surname", "familyName"), () -> v.pick(LAST));
        add(SemanticType.FULL_NAME, TypeFamily.TEXT, List.of("full_name", "customer_name", "name", "col19"),
                () -> v.pick(FIRST) + " " + v.pick(LAST));
        add(SemanticType.GENDER, TypeFamily.TEXT, List.of("gender", "sex"), () -> v.pick(List.of("M", "F", "F", "M", "X")));
        add(SemanticType.GENDER, TypeFamily.TEXT, List.of("gender_identity", "col20"),
                () -> v.pick(List.of("male", "female", "female", "male", "non-binary", "other")));
        add(SemanticType.AGE, TypeFamily.INTEGER, List.of("age", "customer_age", "ageYears"), () -> String.valueOf(v.between(18, 95)));
        add(SemanticType.USERNAME, TypeFamily.TEXT, List.of("username", "login", "user_handle", "screen_name"),
                () -> (v.pick(FIRST).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + v.pick(List.of("_", ".", "", "-"))
                        + v.pick(WORDS) + v.between(1, 999)));
    }

    private void timeAndNumbers() {
        for (String[] variant : new String[][] {{"dob", "yyyy-MM-dd"}, {"birth_date", "dd/MM/yyyy"},
                {"date_of_birth", "MM/dd/yyyy"}, {"birthdate", "d MMM yyyy"}}) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(variant[1], Locale.ENGLISH);
            add(SemanticType.DATE_OF_BIRTH, TypeFamily.TEXT, List.of(variant[0]), () -> birthDate().format(format));
        }
        add(SemanticType.DATE_OF_BIRTH, TypeFamily.DATE, List.of("dob", "birthDate"), () -> birthDate().toString());
        for (String[] variant : new String[][] {{"created_at", "yyyy-MM-dd HH:mm:ss"}, {"event_time", "yyyy-MM-dd'T'HH:mm:ss"},
                {"col21", "dd.MM.yyyy HH:mm"}, {"order_date", "MM/dd/yyyy"}, {"shipped_on", "MMM d, yyyy"}}) {
            DateTimeFormatter format = DateTimeFormatter.ofPattern(variant[1], Locale.ENGLISH);
            add(SemanticType.DATETIME_TEXT, TypeFamily.TEXT, List.of(variant[0]), () -> timestamp().format(format));
        }
        add(SemanticType.YEAR, TypeFamily.INTEGER, List.of("year", "model_year", "fiscalYear"), () -> String.valueOf(v.between(1950, 2030)));
        add(SemanticType.MONEY, TypeFamily.DECIMAL, List.of("price", "amount", "total_cost", "salary"),
                () -> String.format(Locale.ROOT, "%.2f", v.between(0.5, 25_000.0)));
        add(SemanticType.MONEY, TypeFamily.TEXT, List.of("col23"),
                () -> String.format(Locale.US, "$%,.2f", v.between(0.5, 25_000.0)));
        add(SemanticType.PERCENTAGE, TypeFamily.DECIMAL, List.of("discount_pct", "percent_complete", "taxPercentage"),
                () -> String.format(Locale.ROOT, "%.1f", v.between(0.0, 100.0)));
        add(SemanticType.PERCENTAGE, TypeFamily.TEXT, List.of("col24"), () -> String.format(Locale.ROOT, "%.1f%%", v.between(0.0, 100.0)));
    }

    private void codesAndFlags() {
        add(SemanticType.CURRENCY_CODE, TypeFamily.TEXT, List.of("currency", "currency_code", "ccy", "col22"), () -> v.pick(CURRENCIES));
        add(SemanticType.LANGUAGE_CODE, TypeFamily.TEXT, List.of("language", "lang", "preferredLanguage"), () -> v.pick(LANGUAGES));
        add(SemanticType.LANGUAGE_CODE, TypeFamily.TEXT, List.of("locale", "col25"), () -> v.pick(LOCALES));
        add(SemanticType.BOOLEAN_TEXT, TypeFamily.TEXT, List.of("is_active", "has_children", "newsletter_yn"),
                () -> v.pick(List.of("Y", "N")));
        add(SemanticType.BOOLEAN_TEXT, TypeFamily.TEXT, List.of("col26", "deleted"), () -> v.pick(List.of("true", "false")));
        add(SemanticType.BOOLEAN_TEXT, TypeFamily.INTEGER, List.of("is_verified"), () -> v.pick(List.of("0", "1")));
        add(SemanticType.CATEGORICAL, TypeFamily.TEXT, List.of("status", "order_status", "col31"), () -> v.pick(STATUSES));
        add(SemanticType.CATEGORICAL, TypeFamily.TEXT, List.of("tier"), () -> v.pick(TIERS));
        add(SemanticType.CATEGORICAL, TypeFamily.INTEGER, List.of("rating"), () -> String.valueOf(v.between(1, 5)));
    }

    private void technical() {
        add(SemanticType.JSON_TEXT, TypeFamily.TEXT, List.of("payload", "metadata", "col27", "attributes_json"),
                () -> v.chance(0.8)
                        ? "{\"id\":" + v.between(1, 9999) + ",\"source\":\"" + v.pick(WORDS) + "\",\"tags\":[\"" + v.pick(SENTENCE_WORDS) + "\"]}"
                        : "[" + v.between(1, 9) + "," + v.between(1, 9) + "]");
        add(SemanticType.IDENTIFIER, TypeFamily.INTEGER, List.of("id", "order_id"), sequence(100_000));
        add(SemanticType.IDENTIFIER, TypeFamily.INTEGER, List.of("customer_id", "warehouseId"), () -> String.valueOf(v.between(1, 400)));
        add(SemanticType.IDENTIFIER, TypeFamily.TEXT, List.of("order_key", "sku_code"), () -> "SKU-" + v.digits(8));
    }

    private void text() {
        add(SemanticType.FREE_TEXT, TypeFamily.TEXT, List.of("description", "comments", "review_text", "col30"), this::sentence);
    }

    private void decoys() {
        decoy(SemanticType.MONEY, TypeFamily.DECIMAL, "order_total", () -> usNational("%s%s%s"));
        decoy(SemanticType.FREE_TEXT, TypeFamily.TEXT, "notes",
                () -> sentence() + " contact " + v.pick(FIRST).toLowerCase(Locale.ROOT) + "@" + v.pick(WORDS) + ".com");
        decoy(SemanticType.FREE_TEXT, TypeFamily.TEXT, "support_message", () -> sentence() + " call me at " + phone());
        decoy(SemanticType.IDENTIFIER, TypeFamily.TEXT, "product_id", () -> String.format(Locale.ROOT, "%05d", v.between(10000, 99999)));
        decoy(SemanticType.UNKNOWN, TypeFamily.INTEGER, "quantity_sold", () -> v.digits(1).replace('0', '7') + v.digits(9));
        decoy(SemanticType.UNKNOWN, TypeFamily.TEXT, "product_name", () -> v.pick(PRODUCTS) + " " + v.pick(List.of("Pro", "Mini", "XL", "2", "Max")));
        decoy(SemanticType.UNKNOWN, TypeFamily.TEXT, "company", () -> capitalise(v.pick(WORDS)) + " " + v.pick(List.of("Corp", "Inc", "GmbH", "Ltd", "Group")) + " " + v.between(1, 99));
        decoy(SemanticType.UNKNOWN, TypeFamily.TEXT, "file_name", () -> v.pick(SENTENCE_WORDS) + "_" + v.between(1, 9999) + v.pick(List.of(".pdf", ".csv", ".png", ".docx")));
        decoy(SemanticType.UNKNOWN, TypeFamily.DECIMAL, "temperature", () -> String.format(Locale.ROOT, "%.1f", v.between(-20.0, 40.0)));
        decoy(SemanticType.UNKNOWN, TypeFamily.INTEGER, "page_views", () -> String.valueOf(v.between(0, 2_000_000)));
        decoy(SemanticType.UNKNOWN, TypeFamily.TEXT, "tracking_number", () -> "1" + v.digits(15));
        decoy(SemanticType.UNKNOWN, TypeFamily.DATE, "order_date", () -> timestamp().toLocalDate().toString());
        decoy(SemanticType.DATETIME_TEXT, TypeFamily.TEXT, "password_changed_at", () -> timestamp().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        decoy(SemanticType.BOOLEAN_TEXT, TypeFamily.TEXT, "email_verified", () -> v.pick(List.of("true", "false")));
        decoy(SemanticType.BOOLEAN_TEXT, TypeFamily.TEXT, "password_reset_required", () -> v.pick(List.of("Y", "N")));
        decoy(SemanticType.UNKNOWN, TypeFamily.TEXT, "user_agent", () -> "Mozilla/5.0 (" + v.pick(List.of("Windows NT 10.0; Win64; x64",
                "Macintosh; Intel Mac OS X 13_4", "X11; Linux x86_64")) + ") AppleWebKit/537." + v.between(1, 99) + " (KHTML, like Gecko) Chrome/" + v.between(90, 130) + ".0");
        decoy(SemanticType.MONEY, TypeFamily.INTEGER, "amount_cents", () -> String.valueOf(v.between(100, 999_999)));
        decoy(SemanticType.UNKNOWN, TypeFamily.TEXT, "version", () -> v.between(1, 9) + "." + v.between(0, 30) + "." + v.between(0, 99));
        decoy(SemanticType.IDENTIFIER, TypeFamily.TEXT, "invoice_id", () -> "INV-" + v.between(2019, 2025) + "-" + v.digits(6));
        decoy(SemanticType.UNKNOWN, TypeFamily.INTEGER, "duration_ms", () -> String.valueOf(v.between(0, 120)));
    }

    /** Spellings real systems use: upper case, E.164, integer ZIPs that lost their leading zero, lower-case codes. */
    private void variants() {
        add(SemanticType.EMAIL, TypeFamily.TEXT, List.of("EmailAddress"),
                () -> (v.pick(FIRST) + "." + v.pick(LAST)).toUpperCase(Locale.ROOT).replaceAll("[^A-Z.]", "") + "@EXAMPLE.COM");
        add(SemanticType.PHONE, TypeFamily.TEXT, List.of("phone_e164"), () -> "+1" + usNational("%s%s%s"));
        add(SemanticType.PHONE, TypeFamily.TEXT, List.of("telephone"), () -> "+33 1 " + v.between(40, 49) + " " + v.between(10, 99)
                + " " + v.between(10, 99) + " " + v.between(10, 99));
        add(SemanticType.CREDIT_CARD, TypeFamily.TEXT, List.of("pan"), this::card);
        add(SemanticType.IBAN, TypeFamily.TEXT, List.of("iban_lower"), () -> iban().toLowerCase(Locale.ROOT));
        add(SemanticType.US_ZIP, TypeFamily.INTEGER, List.of("zip5"), () -> String.valueOf(v.between(1001, 99950)));
        add(SemanticType.COUNTRY, TypeFamily.TEXT, List.of("ship_country"), () -> v.pick(COUNTRY_NAMES).toLowerCase(Locale.ROOT));
        add(SemanticType.CITY, TypeFamily.TEXT, List.of("SHIP_CITY"), () -> v.pick(CITIES).toUpperCase(Locale.ROOT));
        add(SemanticType.LAST_NAME, TypeFamily.TEXT, List.of("LNAME"), () -> v.pick(LAST).toUpperCase(Locale.ROOT));
        add(SemanticType.FULL_NAME, TypeFamily.TEXT, List.of("author"), () -> v.pick(LAST) + ", " + v.pick(FIRST));
        add(SemanticType.DATE_OF_BIRTH, TypeFamily.TIMESTAMP, List.of("date_of_birth"), () -> birthDate() + " 00:00:00");
        add(SemanticType.DATETIME_TEXT, TypeFamily.TEXT, List.of("ts"), () -> timestamp().toString() + ":00Z");
        add(SemanticType.BOOLEAN_TEXT, TypeFamily.TEXT, List.of("active"), () -> v.pick(List.of("Yes", "No")));
        add(SemanticType.GENDER, TypeFamily.TEXT, List.of("sex_code"), () -> v.pick(List.of("Male", "Female")));
        add(SemanticType.USERNAME, TypeFamily.TEXT, List.of("user"), () -> v.pick(FIRST).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + v.between(1, 9999));
        add(SemanticType.JSON_TEXT, TypeFamily.TEXT, List.of("extra"), () -> "{\"k\":\"" + v.pick(WORDS) + "\",\"n\":" + v.between(1, 99) + "}");
        add(SemanticType.UUID, TypeFamily.TEXT, List.of("REQUEST_GUID"),
                () -> java.util.UUID.nameUUIDFromBytes(v.digits(12).getBytes()).toString().toUpperCase(Locale.ROOT));
        add(SemanticType.HASH_OR_TOKEN, TypeFamily.TEXT, List.of("md5"), () -> v.hex(32).toUpperCase(Locale.ROOT));
        add(SemanticType.PASSWORD_OR_SECRET, TypeFamily.TEXT, List.of("webhook_secret"), () -> "whsec_" + v.chars(BASE64, 24));
        add(SemanticType.LANGUAGE_CODE, TypeFamily.TEXT, List.of("ui_locale"), () -> v.pick(LOCALES).replace('-', '_'));
        add(SemanticType.CURRENCY_CODE, TypeFamily.TEXT, List.of("currency_lower"), () -> v.pick(CURRENCIES).toLowerCase(Locale.ROOT));
        add(SemanticType.STREET_ADDRESS, TypeFamily.TEXT, List.of("ADDR1"),
                () -> (v.between(1, 9999) + " " + v.pick(STREETS) + " " + v.pick(SUFFIXES)).toUpperCase(Locale.ROOT));
        add(SemanticType.US_STATE, TypeFamily.TEXT, List.of("st"), () -> v.pick(STATE_CODES).toLowerCase(Locale.ROOT));
        decoy(SemanticType.CATEGORICAL, TypeFamily.INTEGER, "status_code", () -> v.pick(List.of("200", "201", "204", "301", "404", "500")));
        decoy(SemanticType.FREE_TEXT, TypeFamily.TEXT, "long_description", this::sentence);
        decoy(SemanticType.COUNTRY, TypeFamily.TEXT, "ip_country", () -> v.pick(ALPHA2));
        decoy(SemanticType.BOOLEAN_TEXT, TypeFamily.TEXT, "phone_verified", () -> v.pick(List.of("Y", "N")));
        decoy(SemanticType.IDENTIFIER, TypeFamily.TEXT, "sku", () -> "40" + v.digits(11));
        decoy(SemanticType.UNKNOWN, TypeFamily.INTEGER, "country_count", () -> String.valueOf(v.between(1, 250)));
        decoy(SemanticType.CATEGORICAL, TypeFamily.TEXT, "iphone_model", () -> v.pick(List.of("iPhone 13", "iPhone 14", "iPhone 15 Pro")));
    }

    // ---------------------------------------------------------------- value makers

    private String phone() {
        return switch (v.between(0, 5)) {
            case 0 -> usNational("(%s) %s-%s");
            case 1 -> usNational("%s-%s-%s");
            case 2 -> "+1 " + usNational("%s-%s-%s");
            case 3 -> usNational("%s.%s.%s");
            case 4 -> "+44 20 7" + v.digits(3) + " " + v.digits(4);
            default -> "+49 30 " + v.between(2, 9) + v.digits(6);
        };
    }

    private String usNational(String pattern) {
        String area = v.pick(List.of("212", "415", "312", "617", "202", "305", "404", "512", "206", "303", "718", "646"));
        return String.format(pattern, area, v.between(200, 999), v.digits(4));
    }

    private String ipv6() {
        String[] groups = new String[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = Integer.toHexString(v.between(0, 0xffff));
        }
        if (v.chance(0.5)) {
            return "2001:db8:" + groups[2] + "::" + groups[6] + ":" + groups[7];
        }
        return String.join(":", groups);
    }

    private String mac() {
        String separator = v.pick(List.of(":", "-", ":"));
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pairs.add(v.hex(2).toUpperCase(Locale.ROOT));
        }
        return String.join(separator, pairs);
    }

    /** A Luhn-valid number with a real issuer prefix, written plain, in groups of four, or with dashes. */
    private String card() {
        String prefix = v.pick(List.of("4", "51", "52", "55", "2221", "37", "34", "6011"));
        int length = prefix.startsWith("3") ? 15 : 16;
        String body = prefix + v.digits(length - prefix.length() - 1);
        String number = body + luhnCheckDigit(body);
        return switch (v.between(0, 2)) {
            case 0 -> number;
            case 1 -> number.replaceAll("(.{4})(?!$)", "$1 ");
            default -> number.replaceAll("(.{4})(?!$)", "$1-");
        };
    }

    private static int luhnCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    private String iban() {
        String[][] formats = {{"DE", "18"}, {"FR", "23"}, {"NL", "14"}, {"ES", "20"}, {"GB", "18"}, {"BE", "12"}};
        String[] format = v.pick(List.of(formats));
        int length = Integer.parseInt(format[1]);
        String bban = format[0].equals("GB") || format[0].equals("NL")
                ? v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 4) + v.digits(length - 4)
                : v.digits(length);
        String numeric = toDigits(bban + format[0] + "00");
        int check = 98 - new BigInteger(numeric).mod(BigInteger.valueOf(97)).intValue();
        String iban = format[0] + String.format("%02d", check) + bban;
        return v.chance(0.5) ? iban : iban.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String toDigits(String alphanumeric) {
        StringBuilder out = new StringBuilder();
        for (char c : alphanumeric.toCharArray()) {
            out.append(Character.isLetter(c) ? String.valueOf(c - 'A' + 10) : String.valueOf(c));
        }
        return out.toString();
    }

    private String ssn(String separator) {
        int area = v.between(1, 899);
        if (area == 666) {
            area = 667;
        }
        return String.format("%03d%s%02d%s%04d", area, separator, v.between(1, 99), separator, v.between(1, 9999));
    }

    private String foreignPostcode() {
        return switch (v.between(0, 2)) {
            case 0 -> v.pick(List.of("SW", "EC", "N", "M", "B", "LS")) + v.between(1, 20) + " " + v.between(1, 9)
                    + v.chars("ABDEFGHJLNPQRSTUWXYZ", 2);
            case 1 -> v.chars("ABCEGHJKLMNPRSTVXY", 1) + v.between(0, 9) + v.chars("ABCEGHJKLMNPRSTVWXYZ", 1) + " "
                    + v.between(0, 9) + v.chars("ABCEGHJKLMNPRSTVWXYZ", 1) + v.between(0, 9);
            default -> v.between(1000, 9999) + " " + v.chars("ABCDEFGHJKLMNPRSTVWXZ", 2);
        };
    }

    private LocalDate birthDate() {
        return LocalDate.of(1935, 1, 1).plusDays(v.between(0, 365 * 70));
    }

    private LocalDateTime timestamp() {
        return LocalDateTime.of(2019, 1, 1, 0, 0).plusMinutes(v.between(0, 60 * 24 * 365 * 6));
    }

    private String sentence() {
        int words = v.between(8, 25);
        StringBuilder text = new StringBuilder(capitalise(v.pick(SENTENCE_WORDS)));
        for (int i = 1; i < words; i++) {
            text.append(' ').append(v.pick(SENTENCE_WORDS));
        }
        return text.append('.').toString();
    }

    private Supplier<String> sequence(int start) {
        int[] next = {start};
        return () -> String.valueOf(next[0]++);
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    // ---------------------------------------------------------------- assembly

    private void add(SemanticType expected, TypeFamily family, List<String> names, Supplier<String> values) {
        for (String name : names) {
            columns.add(new LabelledColumn(evidence(name, family, withJunk(family, values)), expected, false));
        }
    }

    /**
     * Real columns are dirty: up to 8% of a text column's values are placeholders ("n/a", "-", "unknown"...).
     * Typed columns (numbers, dates, UUIDs) cannot hold them and stay clean.
     */
    private Supplier<String> withJunk(TypeFamily family, Supplier<String> values) {
        if (family != TypeFamily.TEXT) {
            return values;
        }
        double junkRate = v.between(0.0, 0.08);
        return () -> v.chance(junkRate) ? v.pick(JUNK) : values.get();
    }

    private void decoy(SemanticType expected, TypeFamily family, String name, Supplier<String> values) {
        columns.add(new LabelledColumn(evidence(name, family, values), expected, true));
    }

    /**
     * Samples {@code sampleSize} values from a column of {@value #ROWS} rows. The column's distinct count is
     * extrapolated from the sample: all categories seen when there are few, else the sample's distinct share.
     */
    private ColumnEvidence evidence(String name, TypeFamily family, Supplier<String> values) {
        List<String> sample = new ArrayList<>(sampleSize);
        for (int i = 0; i < sampleSize; i++) {
            sample.add(values.get());
        }
        int sampleDistinct = new HashSet<>(sample).size();
        long distinct = sampleDistinct <= 30 ? sampleDistinct : Math.round(ROWS * sampleDistinct / (double) sampleSize);
        return new ColumnEvidence(name, family, sample, ROWS, distinct);
    }
}
