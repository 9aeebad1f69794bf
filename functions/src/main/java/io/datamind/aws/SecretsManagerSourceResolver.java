package io.datamind.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.datamind.docs.Json;
import io.datamind.scan.SourceAccessException;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.lambda.powertools.parameters.cache.CacheManager;
import software.amazon.lambda.powertools.parameters.secrets.SecretsProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a Secrets Manager secret in the RDS format ({@code engine, host, port, username, password, dbname}) into a
 * {@link SourceConfig}. Secret values are cached per secret id by Powertools for {@code cacheTtl}, so a warm Lambda
 * does not call Secrets Manager for every table. The password is never logged nor put in an exception message.
 */
public final class SecretsManagerSourceResolver {

    private static final System.Logger LOG = System.getLogger(SecretsManagerSourceResolver.class.getName());

    /** Field names as RDS and Secrets Manager rotation write them. */
    private record RdsSecret(String engine, String host, Integer port, String username, String password, String dbname) {
    }

    private final SecretsProvider secrets;

    public SecretsManagerSourceResolver(SecretsManagerClient client, Duration cacheTtl) {
        CacheManager cache = new CacheManager();
        cache.setDefaultExpirationTime(cacheTtl);
        this.secrets = SecretsProvider.builder().withClient(client).withCacheManager(cache).build();
    }

    public SourceConfig resolve(String secretId, TableFilter filter) {
        RdsSecret secret = parse(secretId, read(secretId));
        SourceConfig config = new SourceConfig(jdbcUrl(secretId, secret), secret.username(), secret.password(), filter, null);
        LOG.log(System.Logger.Level.DEBUG, "resolved {0} from secret {1}", config, secretId);
        return config;
    }

    private String read(String secretId) {
        try {
            return secrets.get(secretId);
        } catch (SdkException e) {
            throw new SourceAccessException(SourceAccessException.Reason.BAD_CREDENTIALS,
                    "cannot read secret " + secretId + ": " + e.getMessage(), e);
        }
    }

    /** Jackson's messages can quote the offending input, which is the secret itself: they are dropped on purpose. */
    private static RdsSecret parse(String secretId, String json) {
        RdsSecret secret;
        try {
            secret = json == null ? null : Json.mapper().readValue(json, RdsSecret.class);
        } catch (JsonProcessingException e) {
            throw invalid(secretId, "it is not a JSON object with engine, host, port, username, password and dbname");
        }
        if (secret == null) {
            throw invalid(secretId, "it has no string value");
        }
        List<String> missing = new ArrayList<>();
        if (blank(secret.engine())) {
            missing.add("engine");
        }
        if (blank(secret.host())) {
            missing.add("host");
        }
        if (blank(secret.username())) {
            missing.add("username");
        }
        if (!missing.isEmpty()) {
            throw invalid(secretId, "it lacks " + String.join(", ", missing));
        }
        return secret;
    }

    private static String jdbcUrl(String secretId, RdsSecret secret) {
        String engine = secret.engine().toLowerCase(Locale.ROOT);
        return switch (engine) {
            case "postgres", "postgresql", "aurora-postgresql" -> "jdbc:postgresql://" + secret.host() + ":"
                    + portOr(secret, 5432) + "/" + (blank(secret.dbname()) ? "postgres" : secret.dbname());
            case "mysql", "mariadb", "aurora", "aurora-mysql" -> "jdbc:mariadb://" + secret.host() + ":"
                    + portOr(secret, 3306) + "/" + (blank(secret.dbname()) ? "" : secret.dbname());
            default -> throw new SourceAccessException(SourceAccessException.Reason.DRIVER,
                    "secret " + secretId + " names engine '" + secret.engine()
                            + "'; supported: postgres, aurora-postgresql, mysql, mariadb, aurora-mysql", null);
        };
    }

    private static int portOr(RdsSecret secret, int defaultPort) {
        return secret.port() == null ? defaultPort : secret.port();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static SourceAccessException invalid(String secretId, String why) {
        return new SourceAccessException(SourceAccessException.Reason.BAD_CREDENTIALS,
                "secret " + secretId + " is not a usable RDS database secret: " + why, null);
    }
}
