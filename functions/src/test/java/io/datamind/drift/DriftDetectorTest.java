package io.datamind.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.docs.DataDictionary;
import io.datamind.docs.RunInfo;
import io.datamind.docs.RunStatus;
import io.datamind.docs.SourceInfo;
import io.datamind.docs.TableEntry;
import io.datamind.docs.TableFailure;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.DistinctCount;
import io.datamind.profile.TableProfile;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import io.datamind.scan.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    private static final TableRef CUSTOMER = new TableRef("sales", "customer");
    private static final TableRef ORDERS = new TableRef("sales", "orders");
    private static final TableRef AUDIT = new TableRef("sales", "audit");

    private final DriftDetector detector = new DriftDetector();

    @Test
    void identicalRunsHaveNoChangesAndNameThePreviousRun() {
        SchemaChanges changes = detector.compare(dictionary("run-1", customer()), dictionary("run-2", customer()),
                DriftThresholds.DEFAULTS);

        assertThat(changes.changes()).isEmpty();
        assertThat(changes.previousRunId()).isEqualTo("run-1");
        assertThat(changes.previousStartedAt()).isEqualTo("2026-11-22T21:00:00Z");
    }

    @Test
    void tablesAddedAndRemoved() {
        SchemaChanges changes = compare(List.of(customer(), table(AUDIT, List.of(column(1, "id", "int", false, null)))),
                List.of(customer(), table(ORDERS, List.of(column(1, "id", "int", false, null)))));

        assertThat(changes.changes()).containsExactly(
                new Change(ChangeKind.TABLE_REMOVED, AUDIT, null, null, null, "Table sales.audit was removed."),
                new Change(ChangeKind.TABLE_ADDED, ORDERS, null, null, null, "Table sales.orders was added."));
    }

    @Test
    void columnsAddedRemovedAndChangedInTypeNullabilityAndDefault() {
        TableEntry before = table(CUSTOMER, List.of(column(1, "id", "integer", false, null),
                column(2, "email", "varchar", false, null, 80), column(3, "status", "text", true, "'new'::text"),
                column(4, "fax", "text", true, null)));
        TableEntry after = table(CUSTOMER, List.of(column(1, "id", "bigint", false, null),
                column(2, "email", "varchar", true, null, 120), column(3, "status", "text", true, "'active'::text"),
                column(4, "phone", "text", true, null)));

        assertThat(compare(List.of(before), List.of(after)).changes()).containsExactly(
                new Change(ChangeKind.COLUMN_TYPE_CHANGED, CUSTOMER, "id", "integer", "bigint",
                        "Column id changed type from integer to bigint."),
                new Change(ChangeKind.COLUMN_TYPE_CHANGED, CUSTOMER, "email", "varchar(80)", "varchar(120)",
                        "Column email changed type from varchar(80) to varchar(120)."),
                new Change(ChangeKind.COLUMN_NULLABILITY_CHANGED, CUSTOMER, "email", "not null", "nullable",
                        "Column email now accepts nulls (it was NOT NULL)."),
                new Change(ChangeKind.COLUMN_DEFAULT_CHANGED, CUSTOMER, "status", "'new'::text", "'active'::text",
                        "Column status's default changed from 'new'::text to 'active'::text."),
                new Change(ChangeKind.COLUMN_ADDED, CUSTOMER, "phone", null, "text", "Column phone was added (text)."),
                new Change(ChangeKind.COLUMN_REMOVED, CUSTOMER, "fax", "text", null, "Column fax was removed (it was text)."));
    }

    @Test
    void primaryKeyUniqueAndForeignKeysComparedByColumnsNotNames() {
        List<ColumnSchema> columns = List.of(column(1, "id", "int", false, null), column(2, "code", "text", false, null),
                column(3, "customer_id", "int", false, null), column(4, "region_id", "int", false, null));
        TableEntry before = table(ORDERS, columns, new PrimaryKey("orders_pkey", List.of("id")),
                List.of(new UniqueConstraint("orders_code_key", List.of("code"))),
                List.of(new ForeignKey("fk_a", List.of("customer_id"), CUSTOMER, List.of("id")),
                        new ForeignKey("fk_b", List.of("region_id"), new TableRef("sales", "region"), List.of("id"))), 10);
        TableEntry after = table(ORDERS, columns, new PrimaryKey("orders_pk_renamed", List.of("id", "code")),
                List.of(new UniqueConstraint("renamed", List.of("customer_id", "code"))),
                List.of(new ForeignKey("fk_a_renamed", List.of("customer_id"), CUSTOMER, List.of("id")),
                        new ForeignKey("fk_c", List.of("region_id"), new TableRef("geo", "region"), List.of("id"))), 10);

        assertThat(compare(List.of(before), List.of(after)).changes()).containsExactly(
                new Change(ChangeKind.PRIMARY_KEY_CHANGED, ORDERS, null, "(id)", "(id, code)",
                        "Primary key changed from (id) to (id, code)."),
                new Change(ChangeKind.UNIQUE_CHANGED, ORDERS, null, "(code)", null, "Unique constraint on (code) was removed."),
                new Change(ChangeKind.UNIQUE_CHANGED, ORDERS, null, null, "(customer_id, code)",
                        "Unique constraint on (customer_id, code) was added."),
                new Change(ChangeKind.FOREIGN_KEY_ADDED, ORDERS, null, null, "(region_id) → geo.region (id)",
                        "Foreign key (region_id) → geo.region (id) was added."),
                new Change(ChangeKind.FOREIGN_KEY_REMOVED, ORDERS, null, "(region_id) → sales.region (id)", null,
                        "Foreign key (region_id) → sales.region (id) was removed."));
    }

    @Test
    void primaryKeyDroppedIsAChangeToNone() {
        List<ColumnSchema> columns = List.of(column(1, "id", "int", false, null));
        TableEntry before = table(ORDERS, columns, new PrimaryKey("pk", List.of("id")), List.of(), List.of(), 10);
        TableEntry after = table(ORDERS, columns, null, List.of(), List.of(), 10);

        assertThat(compare(List.of(before), List.of(after)).changes()).containsExactly(
                new Change(ChangeKind.PRIMARY_KEY_CHANGED, ORDERS, null, "(id)", null, "Primary key changed from (id) to none."));
    }

    @Test
    void rowCountShiftsPastTheRelativeThresholdOnly() {
        assertThat(compare(List.of(profiled(1000, 0, 1000)), List.of(profiled(1190, 0, 1190))).changes())
                .as("+19%% is within ±20%%").isEmpty();

        assertThat(compare(List.of(profiled(1000, 0, 1000)), List.of(profiled(1500, 0, 1500))).changes()).containsExactly(
                new Change(ChangeKind.ROW_COUNT_SHIFT, CUSTOMER, null, "1000", "1500", "Row count changed from 1000 to 1500 (+50%)."));
        assertThat(compare(List.of(profiled(1000, 0, 1000)), List.of(profiled(700, 0, 700))).changes()).containsExactly(
                new Change(ChangeKind.ROW_COUNT_SHIFT, CUSTOMER, null, "1000", "700", "Row count changed from 1000 to 700 (-30%)."));
    }

    @Test
    void tinyTablesGetNoRelativeShifts() {
        assertThat(compare(List.of(profiled(10, 0, 10)), List.of(profiled(40, 0, 4))).changes())
                .as("10 → 40 rows, distinct 10 → 4: both under 100 rows").isEmpty();

        DriftThresholds anySize = new DriftThresholds(0.20, 0.10, 0.20, 0);
        assertThat(detector.compare(dictionary("run-1", profiled(10, 0, 10)), dictionary("run-2", profiled(40, 0, 40)), anySize)
                .changes()).extracting(Change::kind).containsExactly(ChangeKind.ROW_COUNT_SHIFT);
    }

    @Test
    void nullRatioShiftsPastTheAbsoluteThreshold() {
        assertThat(compare(List.of(profiled(1000, 100, 900)), List.of(profiled(1000, 190, 810))).changes())
                .as("10%% → 19%% nulls is within ±0.10").isEmpty();

        assertThat(compare(List.of(profiled(1000, 100, 900)), List.of(profiled(1000, 250, 750))).changes()).containsExactly(
                new Change(ChangeKind.NULL_RATIO_SHIFT, CUSTOMER, "email", "10.0%", "25.0%",
                        "Column email's null ratio moved from 10.0% to 25.0%."));
    }

    @Test
    void distinctShiftOnlyWhenItOutgrowsTheRows() {
        assertThat(compare(List.of(profiled(1000, 0, 1000)), List.of(profiled(1100, 0, 1100))).changes())
                .as("an id column gaining rows keeps its distinct ÷ non-null ratio").isEmpty();
        assertThat(compare(List.of(profiled(1000, 0, 1000)), List.of(profiled(1000, 0, 300))).changes()).containsExactly(
                new Change(ChangeKind.DISTINCT_SHIFT, CUSTOMER, "email", "1000", "300",
                        "Column email's distinct values changed from 1000 to 300 (-70%)."));
        assertThat(compare(List.of(profiled(1000, 0, 300)), List.of(profiled(1000, 0, 330))).changes())
                .as("+10%% is within ±20%%").isEmpty();
    }

    @Test
    void addedColumnsGetNoProfileShiftAndFailedTablesOnlyPresence() {
        TableEntry failedNow = new TableEntry(CUSTOMER, null, null, null, new TableFailure("scan", "SQLException", "gone"));
        assertThat(compare(List.of(profiled(1000, 0, 1000)), List.of(failedNow)).changes()).isEmpty();
    }

    private SchemaChanges compare(List<TableEntry> before, List<TableEntry> after) {
        return detector.compare(dictionary("run-1", before), dictionary("run-2", after), DriftThresholds.DEFAULTS);
    }

    static DataDictionary dictionary(String runId, TableEntry... tables) {
        return dictionary(runId, List.of(tables));
    }

    static DataDictionary dictionary(String runId, List<TableEntry> tables) {
        return new DataDictionary(DataDictionary.FORMAT_VERSION, "test", new SourceInfo("shop", "postgresql", "jdbc:postgresql://db/shop", null),
                new RunInfo(runId, "2026-11-22T21:00:00Z", "2026-11-22T21:00:01Z", 1000, RunStatus.SUCCEEDED, "auto",
                        "heuristic", tables.size(), 0), tables, List.of(), null, null, null);
    }

    private static TableEntry customer() {
        return table(CUSTOMER, List.of(column(1, "id", "int", false, null), column(2, "email", "text", true, null)));
    }

    /** sales.customer with one email column profiled: rows, nulls, distinct. */
    private static TableEntry profiled(long rows, long nulls, long distinct) {
        TableEntry entry = table(CUSTOMER, List.of(column(1, "email", "text", true, null)), null, List.of(), List.of(), rows);
        ColumnProfile email = new ColumnProfile("email", TypeFamily.TEXT, rows, nulls, rows == 0 ? 0 : (double) nulls / rows,
                DistinctCount.exact(distinct), null, null, null, null, null, null, null, null);
        return new TableEntry(CUSTOMER, entry.schema(), new TableProfile(CUSTOMER, false, "full scan", rows, 1, List.of(email)),
                null, null);
    }

    private static TableEntry table(TableRef ref, List<ColumnSchema> columns) {
        return table(ref, columns, null, List.of(), List.of(), 10);
    }

    private static TableEntry table(TableRef ref, List<ColumnSchema> columns, PrimaryKey primaryKey,
                                    List<UniqueConstraint> unique, List<ForeignKey> foreignKeys, long rows) {
        return new TableEntry(ref, new TableSchema(ref, TableKind.TABLE, null, new ArrayList<>(columns), primaryKey, unique,
                foreignKeys, List.of(), RowCount.exact(rows), List.of(), null), null, null, null);
    }

    private static ColumnSchema column(int ordinal, String name, String type, boolean nullable, String defaultValue) {
        return column(ordinal, name, type, nullable, defaultValue, null);
    }

    private static ColumnSchema column(int ordinal, String name, String type, boolean nullable, String defaultValue,
                                       Integer maxLength) {
        return new ColumnSchema(ordinal, name, type, TypeFamily.TEXT, nullable, defaultValue, null, false, false, maxLength);
    }
}
