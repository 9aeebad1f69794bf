package io.datamind.infra;

import java.nio.file.Files;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.Subnet;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ec2.VpcAttributes;
import software.amazon.awscdk.services.lambda.Code;
import software.constructs.Construct;

/**
 * The nine pipeline steps the state machine invokes, each a {@link DataMindFunction} with the permissions its
 * step needs: the run table and documentation bucket for all (the slice steps write only under the run state
 * prefix); database secrets for the steps that read databases, uploaded files for those that read sources; the
 * model for DescribeTable; the event bus for Assemble.
 */
public final class PipelineFunctions extends Construct {

    private final Map<Step, DataMindFunction> functions = new EnumMap<>(Step.class);

    public PipelineFunctions(Construct scope, String id, DataMindSettings settings, Storage storage, RunTable runTable,
                             Code code) {
        super(scope, id);
        Map<String, String> environment = environment(settings, storage, runTable);
        DataMindFunction.Placement placement = placement(settings);
        Permissions permissions = new Permissions(this, settings);
        for (Step step : Step.values()) {
            if (!step.inStateMachine()) {
                continue;
            }
            Map<String, String> env = new HashMap<>(environment);
            if (step == Step.ASSEMBLE) {
                env.put("DATAMIND_EVENT_BUS", Permissions.DEFAULT_EVENT_BUS);
            }
            DataMindFunction function = new DataMindFunction(this, step, code, env,
                    step.readsDatabases() ? placement : null);
            if (step.profilesSlices()) {
                grantSliceState(step, function, storage, runTable);
            } else {
                runTable.table().grantReadWriteData(function.role());
                storage.docsBucket().grantReadWrite(function.role());
            }
            if (step.readsSources()) {
                storage.inputBucket().grantRead(function.role());
            }
            if (step.readsDatabases()) {
                permissions.readSourceSecrets(function);
            }
            if (step == Step.DESCRIBE_TABLE) {
                permissions.invokeModel(function);
            }
            if (step == Step.ASSEMBLE) {
                permissions.putEvents(function);
            }
            permissions.suppressBucketObjectWildcards(function, storage);
            functions.put(step, function);
        }
    }

    /**
     * ProfileSlice reads the run and the registry and writes its partial profile; MergeProfile also writes the merged
     * profile (the run table, and its S3 overflow). Both write only under {@code _datamind/runs/}.
     */
    private static void grantSliceState(Step step, DataMindFunction function, Storage storage, RunTable runTable) {
        if (step == Step.MERGE_PROFILE) {
            runTable.table().grantReadWriteData(function.role());
        } else {
            runTable.table().grantReadData(function.role());
        }
        storage.docsBucket().grantRead(function.role());
        storage.docsBucket().grantPut(function.role(), Storage.RUN_STATE_PREFIX + "*");
    }

    /** Every handler reads the same set (README "Environment variables"); LambdaConfig requires the first two. */
    static Map<String, String> environment(DataMindSettings settings, Storage storage, RunTable runTable) {
        Map<String, String> env = new HashMap<>();
        env.put("DATAMIND_TABLE", runTable.table().getTableName());
        env.put("DATAMIND_DOCS_BUCKET", storage.docsBucket().getBucketName());
        env.put("DATAMIND_RETENTION_DAYS", Integer.toString(settings.retentionDays()));
        env.put("DATAMIND_DESCRIBER", settings.describer());
        env.put("DATAMIND_MODEL", settings.modelId());
        env.put("DATAMIND_TOKEN_BUDGET", Long.toString(settings.tokenBudget()));
        putIfSet(env, "DATAMIND_MODEL_REGION", settings.modelRegion());
        putIfSet(env, "DATAMIND_MODEL_BASE_URL", settings.modelBaseUrl());
        putIfSet(env, "DATAMIND_API_KEY_SECRET", settings.apiKeySecretArn());
        env.put("POWERTOOLS_SERVICE_NAME", Monitoring.SERVICE);
        env.put("POWERTOOLS_METRICS_NAMESPACE", Monitoring.NAMESPACE);
        return env;
    }

    private static void putIfSet(Map<String, String> env, String name, String value) {
        if (value != null) {
            env.put(name, value);
        }
    }

    private DataMindFunction.Placement placement(DataMindSettings settings) {
        DataMindSettings.Network network = settings.network();
        if (network == null) {
            return null;
        }
        // attributes instead of Vpc.fromLookup: synth needs no AWS credentials and no cdk.context.json; the
        // subnets are given explicitly, so the zones are never used to pick any
        var vpc = Vpc.fromVpcAttributes(this, "Vpc", VpcAttributes.builder()
                .vpcId(network.vpcId()).availabilityZones(Fn.getAzs()).build());
        var subnets = network.subnetIds().stream()
                .map(subnetId -> Subnet.fromSubnetId(this, "Subnet-" + subnetId, subnetId)).toList();
        var securityGroup = SecurityGroup.fromSecurityGroupId(this, "SecurityGroup", network.securityGroupId());
        return new DataMindFunction.Placement(vpc, SubnetSelection.builder().subnets(subnets).build(), securityGroup);
    }

    public DataMindFunction get(Step step) {
        return functions.get(step);
    }

    public Map<Step, DataMindFunction> all() {
        return Map.copyOf(functions);
    }

    /** Checked before synthesis so a missing build fails with a message rather than an asset error. */
    static Code jarCode(DataMindSettings settings) {
        if (!Files.isRegularFile(settings.functionsJar())) {
            throw new IllegalStateException("functions jar " + settings.functionsJar().toAbsolutePath()
                    + " does not exist: build it first (mvn -B package -DskipTests -pl functions), or set context jar");
        }
        return Code.fromAsset(settings.functionsJar().toString());
    }
}
