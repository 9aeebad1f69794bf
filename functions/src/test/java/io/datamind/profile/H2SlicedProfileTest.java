package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.scan.JdbcSource;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outside PostgreSQL a table is sliced by ranges of its integer primary key; the merge equals the single pass. */
class H2SlicedProfileTest {

    static final ProfileOptions FULL = new ProfileOptions(ProfileMode.FULL, 1_000_000, 100_000, 500, 1_000);

    @TempDir
    Path dir;

    @Test
    void keyRangeSlicesMergeIntoTheSinglePassProfile() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("sliced");
        try (Connection admin = DriverManager.getConnection(url)) {
            TestDatabases.execute(admin,
                    "CREATE TABLE T (ID INTEGER PRIMARY KEY, AMOUNT DECIMAL(12,2), CATEGORY VARCHAR(20), CREATED DATE)",
                    """
                    INSERT INTO T SELECT X * 3,
                      CASE WHEN MOD(X, 11) = 0 THEN NULL ELSE ROUND(MOD(X * 37, 1000) * 1.37 - 300, 2) END,
                      CASE WHEN MOD(X, 13) = 0 THEN NULL ELSE 'cat_' || MOD(X, 17) END,
                      DATEADD(DAY, MOD(X, 1500), DATE '2020-01-01')
                    FROM SYSTEM_RANGE(1, 7000)
                    """);
        }
        TableSchema plain = Schemas.table("PUBLIC", "T")
                .column("ID", "INTEGER", TypeFamily.INTEGER)
                .column("AMOUNT", "DECIMAL(12,2)", TypeFamily.DECIMAL)
                .column("CATEGORY", "CHARACTER VARYING(20)", TypeFamily.TEXT, 20)
                .column("CREATED", "DATE", TypeFamily.DATE)
                .rows(7000);
        TableSchema schema = new TableSchema(plain.table(), plain.kind(), null, plain.columns(),
                new PrimaryKey("PK", List.of("ID")), List.of(), List.of(), List.of(), plain.rowCount(), List.of(), null);
        JdbcSource source = new JdbcSource(SourceConfig.of(url));
        TableProfiler profiler = new TableProfiler(source, FULL);

        List<TableSlice> slices = new TableSlicer(source).plan(schema, FULL, 3);
        assertThat(slices).extracting(TableSlice::predicate)
                .containsExactly("\"ID\" < 7002", "\"ID\" >= 7002 AND \"ID\" < 14001", "\"ID\" >= 14001");
        List<PartialProfile> parts = new ArrayList<>();
        for (TableSlice slice : slices) {
            parts.add(profiler.profileSlice(schema, slice));
        }
        TableProfile merged = profiler.merge(schema, parts);
        TableProfile single = profiler.profile(schema);

        assertThat(parts).extracting(PartialProfile::rows).containsExactly(2333L, 2333L, 2334L);
        assertThat(merged.rowsProfiled()).isEqualTo(7000);
        for (ColumnProfile one : single.columns()) {
            ColumnProfile both = merged.column(one.column()).orElseThrow();
            assertThat(both.nullCount()).as(one.column()).isEqualTo(one.nullCount());
            assertThat(both.text()).as(one.column()).isEqualTo(one.text());
            assertThat(both.temporal()).as(one.column()).isEqualTo(one.temporal());
            assertThat(both.distinct().exact()).as(one.column()).isEqualTo(one.distinct().exact());
            if (one.distinct().exact()) {
                assertThat(both.distinct()).as(one.column()).isEqualTo(one.distinct());
                assertThat(both.topValues()).as(one.column()).isEqualTo(one.topValues());
            }
            if (one.numeric() != null) {
                assertThat(both.numeric().min()).isEqualTo(one.numeric().min());
                assertThat(both.numeric().max()).isEqualTo(one.numeric().max());
                assertThat(both.numeric().zeros()).isEqualTo(one.numeric().zeros());
                assertThat(both.numeric().negatives()).isEqualTo(one.numeric().negatives());
            }
        }
        assertThat(single.column("ID").orElseThrow().distinct().exact()).as("past the exact limit of 500").isFalse();

        List<Integer> loaded = new ArrayList<>();
        TableProfile lazily = profiler.merge(schema, PlannedPartials.loading(List.of(
                loader(parts.get(0), loaded), loader(parts.get(1), loaded), loader(parts.get(2), loaded))));
        assertThat(loaded).as("each partial read once, in plan order").containsExactly(0, 1, 2);
        // quantile sketches compact with random coin flips, so only the deterministic figures must be equal
        MergedProfiles.assertExactFiguresEqual(merged, lazily);
        for (ColumnProfile eager : merged.columns()) {
            ColumnProfile lazy = lazily.column(eager.column()).orElseThrow();
            assertThat(lazy.distinct()).as(eager.column()).isEqualTo(eager.distinct());
            assertThat(lazy.samples()).as(eager.column()).isEqualTo(eager.samples());
        }
        assertThat(lazily.method()).isEqualTo(merged.method()).endsWith(" in 3 slices");

        assertThatThrownBy(() -> profiler.merge(schema, PlannedPartials.loading(List.of(
                () -> parts.get(1), () -> parts.get(0), () -> parts.get(2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not slice 0 of a 3-slice plan of PUBLIC.T");
    }

    private static Supplier<PartialProfile> loader(PartialProfile part, List<Integer> loaded) {
        return () -> {
            loaded.add(part.slice().index());
            return part;
        };
    }
}
