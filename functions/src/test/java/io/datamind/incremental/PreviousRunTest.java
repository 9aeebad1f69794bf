package io.datamind.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.DictionaryFixtures;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFailure;
import io.datamind.drift.Change;
import io.datamind.drift.ChangeKind;
import io.datamind.drift.DriftSummary;
import io.datamind.drift.SchemaChanges;
import io.datamind.scan.TableFingerprint;
import io.datamind.scan.TableFingerprints;
import io.datamind.scan.TableRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The reuse rules on a documented dictionary, the quality rule, and the drift event's summary. */
class PreviousRunTest {

    private static final TableRef CUSTOMERS = DictionaryFixtures.CUSTOMERS;

    @Test
    void aTableIsReusedOnlyWithAnEqualProvenFingerprintAndTheSameMode() {
        TableEntry documented = entry(CUSTOMERS);
        TableFingerprint fingerprint = documented.fingerprint();
        PreviousRun previous = PreviousRun.of(withTables(documented));
        PreviousTable table = previous.table(CUSTOMERS).orElseThrow();

        TableEntry reused = table.reuse(documented.schema(), fingerprint, "AUTO").orElseThrow();
        assertThat(reused.reusedFrom()).isEqualTo("run-2026-11-22-001");
        assertThat(reused.profile()).isSameAs(documented.profile());
        assertThat(reused.quality()).isSameAs(documented.quality());

        assertThat(table.reuse(documented.schema(), fingerprint, "sample")).as("another profile mode").isEmpty();
        assertThat(table.reuse(documented.schema(), TableFingerprints.of(documented.schema(), "rows=13"), "auto"))
                .as("the rows changed").isEmpty();
        TableFingerprint unproven = TableFingerprints.of(documented.schema(), null);
        assertThat(PreviousRun.of(withTables(documented.withFingerprint(unproven))).table(CUSTOMERS).orElseThrow()
                .reuse(documented.schema(), unproven, "auto")).as("no data marker, e.g. a view").isEmpty();
        TableEntry failed = new TableEntry(CUSTOMERS, documented.schema(), documented.profile(), null,
                new TableFailure("describe", "IOException", "timeout"), null, List.of(), fingerprint, null);
        assertThat(PreviousRun.of(withTables(failed)).table(CUSTOMERS).orElseThrow().reuse(documented.schema(), fingerprint, "auto"))
                .as("the previous run did not finish the table").isEmpty();
        assertThat(table.describedBy("heuristic")).isTrue();
        assertThat(table.describedBy("openai:gpt-4o-mini")).isFalse();
    }

    @Test
    void anotherDatabaseIsNeverReused() {
        DataDictionary dictionary = withTables(entry(CUSTOMERS));
        assertThat(PreviousRun.ofSameSource(dictionary, "postgresql", "jdbc:postgresql://127.0.0.1:5432/test").isEmpty()).isFalse();
        assertThat(PreviousRun.ofSameSource(dictionary, "postgresql", "jdbc:postgresql://10.0.0.9:5432/test").isEmpty()).isTrue();
        assertThat(PreviousRun.ofSameSource(dictionary, "mysql", "jdbc:postgresql://127.0.0.1:5432/test").isEmpty()).isTrue();
    }

    @Test
    void qualityIsKeptOnlyWhenEveryRelatedTableWasReusedWithTheSameRelationships() {
        DataDictionary shop = DictionaryFixtures.shop();
        PreviousRun previous = PreviousRun.of(shop);
        TableEntry kept = new TableEntry(CUSTOMERS, shop.tables().get(0).schema(), shop.tables().get(0).profile(),
                shop.tables().get(0).description(), null, shop.tables().get(0).quality(), List.of(), null, "run-1");
        PreviousTable before = previous.table(CUSTOMERS).orElseThrow();
        Set<TableRef> allReused = Set.of(CUSTOMERS, DictionaryFixtures.ORDERS, DictionaryFixtures.NOTES);
        assertThat(KeptQuality.applies(kept, before, shop.relationships(), allReused)).isTrue();
        assertThat(KeptQuality.applies(kept, before, shop.relationships(), Set.of(CUSTOMERS, DictionaryFixtures.NOTES)))
                .as("orders, which references customers, changed").isFalse();
        assertThat(KeptQuality.applies(kept, before, shop.relationships().subList(1, 4), allReused))
                .as("a relationship to customers is gone").isFalse();
    }

    @Test
    void theDriftSummaryCountsByKindAndCutsTheListAtTwenty() {
        List<Change> changes = new ArrayList<>();
        IntStream.range(0, 23).forEach(i -> changes.add(new Change(ChangeKind.COLUMN_ADDED, CUSTOMERS, "c" + i, null, "text", "added")));
        changes.add(new Change(ChangeKind.TABLE_REMOVED, DictionaryFixtures.ORDERS, null, null, null, "removed"));
        DataDictionary dictionary = DictionaryFixtures.shop().withChanges(new SchemaChanges("run-0", "2026-11-21T00:00:00Z", changes));

        DriftSummary summary = DriftSummary.of("shop-id", "run-1", dictionary, "s3://docs/shop-id/run-1/");

        assertThat(summary.total()).isEqualTo(24);
        assertThat(summary.counts()).containsExactly(Map.entry("table_removed", 1), Map.entry("column_added", 23));
        assertThat(summary.changes()).hasSize(20).isEqualTo(changes.subList(0, 20));
        assertThat(summary.truncated()).isTrue();
        assertThat(summary.previousRunId()).isEqualTo("run-0");
        assertThat(summary.source()).isEqualTo("shop");
        assertThat(summary.changesDocument()).isEqualTo("s3://docs/shop-id/run-1/changes.json");
    }

    private static TableFingerprint fingerprintOf(TableEntry entry) {
        return TableFingerprints.of(entry.schema(), "rows=12");
    }

    private static TableEntry entry(TableRef table) {
        TableEntry documented = DictionaryFixtures.shop().tables().stream().filter(e -> e.table().equals(table)).findFirst().orElseThrow();
        return documented.withFingerprint(fingerprintOf(documented));
    }

    private static DataDictionary withTables(TableEntry... entries) {
        DataDictionary shop = DictionaryFixtures.shop();
        return new DataDictionary(shop.formatVersion(), shop.tool(), shop.source(), shop.run(), List.of(entries),
                List.of(), null, null, null);
    }
}
