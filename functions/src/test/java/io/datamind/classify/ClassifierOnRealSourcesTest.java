package io.datamind.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.TypeFamily;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.h2.tools.Csv;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same customers table classified twice: as an embedded H2 table read through JDBC (values via getString,
 * typed families) and as a CSV file (every value a string, family TEXT). Both must reach the same verdicts,
 * except that a native TIMESTAMP column is not a date kept as text.
 */
class ClassifierOnRealSourcesTest {

    private static final int ROWS = 200;
    private static final Map<String, TypeFamily> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("customer_id", TypeFamily.INTEGER);
        COLUMNS.put("external_ref", TypeFamily.UUID);
        COLUMNS.put("email", TypeFamily.TEXT);
        COLUMNS.put("phone", TypeFamily.TEXT);
        COLUMNS.put("dob", TypeFamily.DATE);
        COLUMNS.put("created_at", TypeFamily.TIMESTAMP);
        COLUMNS.put("balance", TypeFamily.DECIMAL);
        COLUMNS.put("country", TypeFamily.TEXT);
        COLUMNS.put("zip", TypeFamily.TEXT);
        COLUMNS.put("last_login_ip", TypeFamily.TEXT);
    }

    @TempDir
    Path dir;

    private final SemanticClassifier classifier = new SemanticClassifier();
    private String url;

    @BeforeEach
    void createCustomers() throws SQLException {
        url = "jdbc:h2:file:" + dir.resolve("customers").toAbsolutePath();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE customers (customer_id INT PRIMARY KEY, external_ref UUID, email VARCHAR(100),"
                    + " phone VARCHAR(30), dob DATE, created_at TIMESTAMP, balance DECIMAL(12,2), country CHAR(2),"
                    + " zip VARCHAR(10), last_login_ip VARCHAR(45))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO customers VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    insert.setInt(1, i);
                    insert.setObject(2, UUID.nameUUIDFromBytes(("c" + i).getBytes(StandardCharsets.UTF_8)));
                    insert.setString(3, "customer" + i + "@example.com");
                    insert.setString(4, String.format("(415) %03d-%04d", 200 + i % 700, i * 37 % 10_000));
                    insert.setDate(5, java.sql.Date.valueOf(java.time.LocalDate.of(1950, 1, 1).plusDays(i * 97L)));
                    insert.setTimestamp(6, java.sql.Timestamp.valueOf(java.time.LocalDateTime.of(2024, 1, 1, 8, 0).plusMinutes(i * 131L)));
                    insert.setBigDecimal(7, java.math.BigDecimal.valueOf(i * 1234L, 2));
                    insert.setString(8, List.of("US", "DE", "FR", "GB", "JP", "BR", "IN", "CA", "MX", "ES", "IT", "NL",
                            "SE", "NO", "PL", "AU", "NZ", "IE", "PT", "BE", "AT", "CH").get(i % 22));
                    insert.setString(9, String.format("%05d", 1000 + i * 389 % 98_000));
                    insert.setString(10, "10." + i % 256 + "." + i * 7 % 256 + "." + (1 + i % 254));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    @Test
    void databaseSampleAndCsvFileGetTheSameVerdicts() throws Exception {
        Map<String, SemanticType> fromDatabase = classifyDatabase();
        Map<String, SemanticType> fromFile = classifyCsv(exportCsv());

        Map<String, SemanticType> expectedFromDatabase = new LinkedHashMap<>(expectedFromFile());
        // A native TIMESTAMP is not a date kept as text: its family already says what it is.
        expectedFromDatabase.put("created_at", SemanticType.UNKNOWN);
        assertThat(fromDatabase).containsExactlyEntriesOf(expectedFromDatabase);
        assertThat(fromFile).containsExactlyEntriesOf(expectedFromFile());
    }

    private static Map<String, SemanticType> expectedFromFile() {
        Map<String, SemanticType> expected = new LinkedHashMap<>();
        expected.put("customer_id", SemanticType.IDENTIFIER);
        expected.put("external_ref", SemanticType.UUID);
        expected.put("email", SemanticType.EMAIL);
        expected.put("phone", SemanticType.PHONE);
        expected.put("dob", SemanticType.DATE_OF_BIRTH);
        expected.put("created_at", SemanticType.DATETIME_TEXT);
        expected.put("balance", SemanticType.MONEY);
        expected.put("country", SemanticType.COUNTRY);
        expected.put("zip", SemanticType.US_ZIP);
        expected.put("last_login_ip", SemanticType.IPV4);
        return expected;
    }

    private Map<String, SemanticType> classifyDatabase() throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        COLUMNS.keySet().forEach(column -> values.put(column, new ArrayList<>()));
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT * FROM customers ORDER BY customer_id")) {
            while (rows.next()) {
                for (String column : COLUMNS.keySet()) {
                    values.get(column).add(rows.getString(column));
                }
            }
        }
        Map<String, SemanticType> verdicts = new LinkedHashMap<>();
        values.forEach((column, sample) -> verdicts.put(column, classify(column, COLUMNS.get(column), sample)));
        return verdicts;
    }

    /** H2's CSV tool writes and reads real CSV (quoting, embedded commas), so the file path is a real one. */
    private Path exportCsv() throws SQLException {
        Path csv = dir.resolve("customers.csv");
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT " + String.join(", ", COLUMNS.keySet())
                     + " FROM customers ORDER BY customer_id")) {
            new Csv().write(csv.toString(), rows, StandardCharsets.UTF_8.name());
        }
        return csv;
    }

    private Map<String, SemanticType> classifyCsv(Path csv) throws SQLException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        try (ResultSet rows = new Csv().read(csv.toString(), null, StandardCharsets.UTF_8.name())) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int c = 1; c <= columns; c++) {
                    String value = rows.getString(c);
                    values.computeIfAbsent(rows.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT),
                            k -> new ArrayList<>()).add(value == null ? "" : value);
                }
            }
        }
        Map<String, SemanticType> verdicts = new LinkedHashMap<>();
        values.forEach((column, sample) -> verdicts.put(column, classify(column, TypeFamily.TEXT, sample)));
        return verdicts;
    }

    private SemanticType classify(String column, TypeFamily family, List<String> sample) {
        ColumnEvidence evidence = new ColumnEvidence(column, family, sample, sample.size(), new HashSet<>(sample).size());
        return classifier.classify(evidence).type();
    }
}
