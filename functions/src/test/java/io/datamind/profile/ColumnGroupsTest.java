package io.datamind.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnGroupsTest {

    private static final TableSchema TABLE = Schemas.table("s", "t")
            .column("id", "bigint", TypeFamily.INTEGER)
            .column("name", "text", TypeFamily.TEXT)
            .column("email", "text", TypeFamily.TEXT)
            .column("born", "date", TypeFamily.DATE)
            .column("active", "boolean", TypeFamily.BOOLEAN)
            .column("amount", "numeric(10,2)", TypeFamily.DECIMAL)
            .column("notes", "text", TypeFamily.TEXT)
            .column("ref", "uuid", TypeFamily.UUID)
            .rows(10);

    @Test
    void everyColumnIsInExactlyOneGroupInSchemaOrder() {
        List<int[]> groups = ColumnGroups.plan(TABLE.columns(), 3);

        assertThat(groups).hasSize(3);
        assertThat(groups.stream().flatMapToInt(Arrays::stream).sorted().toArray())
                .containsExactly(IntStream.range(0, TABLE.columns().size()).toArray());
        for (int[] group : groups) {
            assertThat(group).isSorted().isNotEmpty();
        }
    }

    @Test
    void groupsCarryAboutEqualCostsWithTheTextsSpread() {
        List<int[]> groups = ColumnGroups.plan(TABLE.columns(), 2);

        double[] costs = groups.stream().mapToDouble(this::cost).toArray();
        double total = costs[0] + costs[1];
        assertThat(Math.abs(costs[0] - costs[1])).isLessThanOrEqualTo(total * 0.1);
        for (int[] group : groups) {
            assertThat(Arrays.stream(group).filter(i -> TABLE.columns().get(i).family() == TypeFamily.TEXT).count())
                    .isBetween(1L, 2L);
        }
    }

    @Test
    void neverMoreGroupsThanColumns() {
        List<ColumnSchema> two = TABLE.columns().subList(0, 2);

        assertThat(ColumnGroups.plan(two, 8)).hasSize(2);
        assertThat(ColumnGroups.plan(two, 1)).singleElement().satisfies(group -> assertThat(group).containsExactly(0, 1));
    }

    private double cost(int[] group) {
        return Arrays.stream(group).mapToDouble(i -> ColumnGroups.cost(TABLE.columns().get(i))).sum();
    }
}
