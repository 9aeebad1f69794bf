package io.datamind.infra;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The run store (docs/dynamodb-design.md): one table, string keys PK and SK, no secondary index, TTL on
 * {@code expiresAt}; the same shape {@code io.datamind.aws.DynamoDbTableDefinition} creates in tests.
 */
public final class RunTable extends Construct {

    public static final String PARTITION_KEY = "PK";
    public static final String SORT_KEY = "SK";
    public static final String TTL_ATTRIBUTE = "expiresAt";

    private final Table table;

    public RunTable(Construct scope, String id) {
        super(scope, id);
        table = Table.Builder.create(this, "Table")
                .partitionKey(stringKey(PARTITION_KEY))
                .sortKey(stringKey(SORT_KEY))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder()
                        .pointInTimeRecoveryEnabled(true).build())
                .timeToLiveAttribute(TTL_ATTRIBUTE)
                .encryption(TableEncryption.AWS_MANAGED)
                // source state (what drift compares against) must survive a stack replacement
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
    }

    private static Attribute stringKey(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    public Table table() {
        return table;
    }
}
