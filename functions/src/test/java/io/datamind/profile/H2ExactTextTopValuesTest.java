package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.datamind.docs.Json;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text column of 5,000 distinct values is counted exactly, so its top values are SQL's own GROUP BY (the
 * frequent-items sketch tracks 1,536 values and used to report them as approximate), in one pass and merged from
 * slices whose partial profiles went through JSON.
 */
class H2ExactTextTopValuesTest {

    static final ProfileOptions FULL = new ProfileOptions(ProfileMode.FULL, 1_000_000, 100_000, 10_000, 1_000);

    @TempDir
    Path dir;

    @Test
    void fiveThousandDistinctTextsHaveExactTopValues() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("texts");
        List<ValueCount> expected = new ArrayList<>();
        try (Connection admin = DriverManager.getConnection(url)) {
            TestDatabases.execute(admin,
                    "CREATE TABLE T (ID INTEGER PRIMARY KEY, NAME VARCHAR(40))",
                    """
                    INSERT INTO T SELECT X, 'name ' || LPAD(CAST(CASE WHEN MOD(X, 3) = 0 THEN MOD(X, 37) ELSE MOD(X, 5000) END
                      AS VARCHAR), 4, '0')
                    FROM SYSTEM_RANGE(1, 25000)
                    """);
            try (PreparedStatement top = admin.prepareStatement(
                    "SELECT NAME, COUNT(*) FROM T GROUP BY NAME ORDER BY COUNT(*) DESC, NAME FETCH FIRST 10 ROWS ONLY");
                 ResultSet rs = top.executeQuery()) {
                while (rs.next()) {
                    expected.add(new ValueCount(rs.getString(1), rs.getLong(2)));
                }
            }
        }
        TableSchema plain = Schemas.table("PUBLIC", "T")
                .column("ID", "INTEGER", TypeFamily.INTEGER)
                .column("NAME", "CHARACTER VARYING(40)", TypeFamily.TEXT, 40)
                .rows(25_000);
        TableSchema schema = new TableSchema(plain.table(), plain.kind(), null, plain.columns(),
                new PrimaryKey("PK", List.of("ID")), List.of(), List.of(), List.of(), plain.rowCount(), List.of(), null);
        JdbcSource source = new JdbcSource(SourceConfig.of(url));
        TableProfiler profiler = new TableProfiler(source, FULL);

        ColumnProfile single = profiler.profile(schema).column("NAME").orElseThrow();
        assertThat(single.distinct()).isEqualTo(DistinctCount.exact(5_000));
        assertThat(single.topValues()).isEqualTo(new FrequentValues(expected, true));
        assertThat(expected.get(1).count()).as("ties are ordered by text").isEqualTo(expected.get(2).count());

        ObjectMapper json = Json.mapper();
        List<PartialProfile> parts = new ArrayList<>();
        for (TableSlice slice : new TableSlicer(source).plan(schema, FULL, 3)) {
            String stored = json.writeValueAsString(profiler.profileSlice(schema, slice));
            parts.add(json.readValue(stored, PartialProfile.class));
        }
        assertThat(parts).hasSize(3);
        ColumnProfile merged = profiler.merge(schema, parts).column("NAME").orElseThrow();
        assertThat(merged.distinct()).isEqualTo(DistinctCount.exact(5_000));
        assertThat(merged.topValues()).isEqualTo(single.topValues());
    }
}
