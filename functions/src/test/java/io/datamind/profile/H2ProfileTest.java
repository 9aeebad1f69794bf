package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.JdbcSource;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 in a file: java.time types, CLOB prefixes, timestamps with time zone normalised to UTC. */
class H2ProfileTest {

    static final int ROWS = 5_000;
    static final ProfileOptions FULL = new ProfileOptions(ProfileMode.FULL, 1_000_000, 100_000, 1_000, 1_000);

    static final TableSchema MIXED = Schemas.table("PUBLIC", "MIXED")
            .column("ID", "INTEGER", TypeFamily.INTEGER)
            .column("AMOUNT", "DECIMAL(12,2)", TypeFamily.DECIMAL)
            .column("CATEGORY", "CHARACTER VARYING(20)", TypeFamily.TEXT, 20)
            .column("NOTES", "CHARACTER LARGE OBJECT", TypeFamily.TEXT)
            .column("FLAG", "BOOLEAN", TypeFamily.BOOLEAN)
            .column("CREATED", "DATE", TypeFamily.DATE)
            .column("UPDATED_AT", "TIMESTAMP WITH TIME ZONE", TypeFamily.TIMESTAMP)
            .column("PAYLOAD", "BINARY VARYING(100)", TypeFamily.BINARY)
            .column("UID", "UUID", TypeFamily.UUID)
            .rows(ROWS);

    @TempDir
    static Path dir;
    static Connection admin;
    static IndependentFigures mixed;
    static TableProfile profile;

    @BeforeAll
    static void createTables() throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("profile");
        admin = DriverManager.getConnection(url);
        TestDatabases.execute(admin,
                """
                CREATE TABLE MIXED (ID INTEGER, AMOUNT DECIMAL(12,2), CATEGORY VARCHAR(20), NOTES CLOB, FLAG BOOLEAN,
                  CREATED DATE, UPDATED_AT TIMESTAMP WITH TIME ZONE, PAYLOAD VARBINARY(100), UID UUID)
                """,
                """
                INSERT INTO MIXED SELECT X,
                  CASE WHEN MOD(X, 11) = 0 THEN NULL ELSE ROUND(MOD(X * 37, 1000) * 1.37 - 300, 2) END,
                  CASE WHEN MOD(X, 101) = 0 THEN '' WHEN MOD(X, 13) = 0 THEN NULL ELSE 'cat_' || MOD(X, 17) END,
                  CASE WHEN MOD(X, 50) = 0 THEN REPEAT('x', 5000 + MOD(X, 100)) ELSE 'short note ' || X END,
                  CASE WHEN MOD(X, 17) = 0 THEN NULL ELSE MOD(X, 3) = 0 END,
                  DATEADD(DAY, MOD(X, 1500), DATE '2020-01-01'),
                  DATEADD(MINUTE, X * 7, TIMESTAMP WITH TIME ZONE '2024-03-01 02:00:00+02:00'),
                  CASE WHEN MOD(X, 9) = 0 THEN NULL ELSE CAST(REPEAT('ab', MOD(X, 64)) AS VARBINARY(100)) END,
                  CAST(LPAD(CAST(MOD(X, 300) AS VARCHAR), 32, '0') AS UUID)
                FROM SYSTEM_RANGE(1, 5000)
                """);
        mixed = new IndependentFigures(admin, "\"PUBLIC\".\"MIXED\"", id -> '"' + id + '"', "CHAR_LENGTH");
        JdbcSource source = new JdbcSource(SourceConfig.of(url));
        profile = new TableProfiler(source, FULL).profile(MIXED);
    }

    @AfterAll
    static void close() throws SQLException {
        admin.close();
    }

    @Test
    void everyFigureMatchesSql() throws SQLException {
        assertThat(profile.rowsProfiled()).isEqualTo(ROWS);
        for (String column : new String[] {"ID", "AMOUNT", "CATEGORY", "FLAG", "CREATED", "UPDATED_AT", "UID"}) {
            mixed.assertCommon(profile, column);
        }
        assertThat(profile.column("ID").orElseThrow().distinct().exact()).as("above the exact limit of 1,000").isFalse();
        for (String column : new String[] {"ID", "AMOUNT"}) {
            mixed.assertNumeric(profile, column);
            mixed.assertQuantiles(profile, column);
            mixed.assertHistogram(profile, column);
        }
        mixed.assertText(profile, "CATEGORY");
        mixed.assertCommon(profile, "NOTES", "LEFT(NOTES, 256)");
        mixed.assertText(profile, "NOTES");
        mixed.assertTopValues(profile, "CATEGORY", "?");
        mixed.assertTopValues(profile, "UID", "CAST(? AS UUID)");
        mixed.assertTopValues(profile, "CREATED", "CAST(? AS DATE)");
        mixed.assertSamples(profile, "UPDATED_AT", "CAST(? AS TIMESTAMP WITH TIME ZONE)");
        mixed.assertDistribution(profile, "CREATED", "month", "FORMATDATETIME(\"CREATED\", 'yyyy-MM')");
    }

    @Test
    void timestampsWithTimeZoneAreUtc() throws SQLException {
        TemporalStats updated = profile.column("UPDATED_AT").orElseThrow().temporal();
        assertThat(updated.min()).isEqualTo("2024-03-01T00:07:00Z");
        assertThat(updated.max()).isEqualTo(mixed.string("SELECT FORMATDATETIME(MAX(UPDATED_AT), "
                + "'yyyy-MM-dd''T''HH:mm:ss''Z''', 'en', 'UTC') FROM MIXED"));
        double[] sizes = mixed.doubles("SELECT MIN(OCTET_LENGTH(PAYLOAD)), MAX(OCTET_LENGTH(PAYLOAD)) FROM MIXED");
        assertThat(profile.column("PAYLOAD").orElseThrow().size().minBytes()).isEqualTo((long) sizes[0]);
        assertThat(profile.column("PAYLOAD").orElseThrow().size().maxBytes()).isEqualTo((long) sizes[1]);
    }
}
