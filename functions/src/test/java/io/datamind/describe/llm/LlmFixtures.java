package io.datamind.describe.llm;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.PiiCategory;
import io.datamind.classify.SemanticType;
import io.datamind.classify.Sensitivity;
import io.datamind.describe.DescribeRequest;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.DistinctCount;
import io.datamind.profile.FrequentValues;
import io.datamind.profile.TableProfile;
import io.datamind.profile.TextStats;
import io.datamind.profile.ValueCount;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.PrimaryKey;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.ArrayList;
import java.util.List;

/** A customer table full of personal data, profiled with real-looking values the prompts must never carry raw. */
public final class LlmFixtures {

    static final TableRef CUSTOMER = new TableRef("crm", "customer");
    static final List<String> RAW_PII = List.of(
            "alice.smith@example.com", "bob.jones@example.org", "carol.white@example.net",
            "+1 415-555-0142", "+1 212-555-0199", "(646) 555-0123",
            "078-05-1120", "219-09-9999", "457-55-5462",
            "tok_9f8a7b6c5d4e3f2a1b0c", "Alice Smith", "Bob Jones");

    private LlmFixtures() {
    }

    static DescribeRequest customerRequest() {
        List<ColumnSchema> columns = List.of(
                column(1, "customer_id", "bigint", TypeFamily.INTEGER, false, null),
                column(2, "email", "varchar(200)", TypeFamily.TEXT, false, null),
                column(3, "phone", "varchar(40)", TypeFamily.TEXT, true, null),
                column(4, "ssn", "char(11)", TypeFamily.TEXT, true, null),
                column(5, "api_token", "varchar(64)", TypeFamily.TEXT, true, null),
                column(6, "full_name", "varchar(100)", TypeFamily.TEXT, true, null),
                column(7, "status", "varchar(10)", TypeFamily.TEXT, false, "Lifecycle state set by the CRM."),
                column(8, "notes", "text", TypeFamily.TEXT, true, null),
                column(9, "region_id", "integer", TypeFamily.INTEGER, true, null));
        TableSchema schema = new TableSchema(CUSTOMER, TableKind.TABLE, "People who bought at least once.", columns,
                new PrimaryKey("customer_pkey", List.of("customer_id")), List.of(),
                List.of(new ForeignKey("customer_region_fk", List.of("region_id"), new TableRef("crm", "region"), List.of("region_id"))),
                List.of(), RowCount.exact(12_345), List.of(), null);
        List<ColumnProfile> profiles = List.of(
                text("email", semantics(SemanticType.EMAIL, PiiCategory.CONTACT, Sensitivity.CONFIDENTIAL), RAW_PII.subList(0, 3)),
                text("phone", semantics(SemanticType.PHONE, PiiCategory.CONTACT, Sensitivity.CONFIDENTIAL), RAW_PII.subList(3, 6)),
                text("ssn", semantics(SemanticType.US_SSN, PiiCategory.IDENTITY, Sensitivity.RESTRICTED), RAW_PII.subList(6, 9)),
                text("api_token", semantics(SemanticType.HASH_OR_TOKEN, PiiCategory.CREDENTIALS, Sensitivity.RESTRICTED), List.of(RAW_PII.get(9))),
                text("full_name", semantics(SemanticType.FULL_NAME, PiiCategory.IDENTITY, Sensitivity.CONFIDENTIAL), RAW_PII.subList(10, 12)),
                text("status", semantics(SemanticType.CATEGORICAL, PiiCategory.NONE, Sensitivity.INTERNAL), List.of("active", "churned", "lead")),
                // no classification: in masked mode its values must not be sent at all
                text("notes", null, List.of("call alice.smith@example.com back")));
        return new DescribeRequest(schema, new TableProfile(CUSTOMER, false, "full scan", 12_345, 10, profiles),
                List.of(new TableRef("crm", "region"), new TableRef("sales", "order")));
    }

    public static DescribeRequest customerRequestWithoutTableComment() {
        DescribeRequest request = customerRequest();
        TableSchema s = request.schema();
        TableSchema uncommented = new TableSchema(s.table(), s.kind(), null, s.columns(), s.primaryKey(), s.uniqueConstraints(),
                s.foreignKeys(), s.indexes(), s.rowCount(), s.partitions(), s.viewDefinition());
        return new DescribeRequest(uncommented, request.profile(), request.neighbours());
    }

    /** A table of {@code width} plain integer columns. */
    static DescribeRequest wideRequest(String name, int width) {
        List<ColumnSchema> columns = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            columns.add(column(i, "c" + i, "integer", TypeFamily.INTEGER, true, null));
        }
        TableSchema schema = new TableSchema(new TableRef("wide", name), TableKind.TABLE, null, columns, null, List.of(),
                List.of(), List.of(), RowCount.exact(10), List.of(), null);
        return new DescribeRequest(schema, null, List.of());
    }

    private static ColumnSchema column(int ordinal, String name, String type, TypeFamily family, boolean nullable, String comment) {
        return new ColumnSchema(ordinal, name, type, family, nullable, null, comment, false, false, null);
    }

    static ColumnSemantics semantics(SemanticType type, PiiCategory category, Sensitivity sensitivity) {
        return new ColumnSemantics(type, 0.95, 1.0, null, category, sensitivity, "fixture");
    }

    private static ColumnProfile text(String name, ColumnSemantics semantics, List<String> values) {
        List<ValueCount> top = values.stream().map(v -> new ValueCount(v, 3)).toList();
        return new ColumnProfile(name, TypeFamily.TEXT, 12_345, 0, 0.0, DistinctCount.exact(values.size()), 1.0,
                new FrequentValues(top, true), values, null, null, new TextStats(5, 20.0, 40, 0, List.of()), null, null, semantics);
    }
}
