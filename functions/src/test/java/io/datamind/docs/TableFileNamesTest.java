package io.datamind.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.scan.TableRef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TableFileNamesTest {

    @Test
    void plainNamesStayReadable() {
        TableFileNames names = new TableFileNames(List.of(new TableRef("public", "orders"), new TableRef(null, "users")));

        assertThat(names.nameOf(new TableRef("public", "orders"))).isEqualTo("public.orders");
        assertThat(names.nameOf(new TableRef(null, "users"))).isEqualTo("users");
    }

    @Test
    void awkwardNamesBecomeSafeAndUniqueEvenWhenTheySlugAlike() {
        List<TableRef> tables = List.of(
                new TableRef("shop", "Notes für \"VIP\" | 2024"),
                new TableRef("shop", "Notes fur VIP 2024"),
                new TableRef("shop", "Orders"), new TableRef("shop", "orders"),
                new TableRef("a.b", "c"), new TableRef("a", "b.c"),
                new TableRef("x", "../../etc/passwd"), new TableRef("x", "日本語"), new TableRef("x", "中文"),
                new TableRef("x", "t".repeat(300)));
        TableFileNames names = new TableFileNames(tables);

        Set<String> seen = new HashSet<>();
        for (TableRef table : tables) {
            String name = names.nameOf(table);
            assertThat(name).matches("[A-Za-z0-9._-]{1,100}").doesNotStartWith(".").doesNotContain("..");
            assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as("unique: %s", name).isTrue();
        }
        assertThat(names.nameOf(new TableRef("shop", "Notes für \"VIP\" | 2024"))).matches("shop.Notes-fur-VIP-2024-[0-9a-f]{8}");
        assertThat(names.nameOf(new TableRef("x", "日本語"))).matches("x-[0-9a-f]{8}");
    }

    @Test
    void namesAreStableAcrossRuns() {
        List<TableRef> tables = List.of(new TableRef("shop", "Orders"), new TableRef("shop", "orders"));

        assertThat(new TableFileNames(tables).nameOf(tables.get(0))).isEqualTo(new TableFileNames(tables).nameOf(tables.get(0)));
    }
}
