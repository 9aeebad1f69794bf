package io.datamind.aws;

import io.datamind.scan.SourceAccessException;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableFilter;
import io.datamind.testing.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SecretsManagerSourceResolverTest {

    private static final String PASSWORD = "s3cr3t-Pa55-" + UUID.randomUUID();

    private static SecretsManagerClient secretsManager;
    private final Logger resolverLogger = Logger.getLogger(SecretsManagerSourceResolver.class.getName());
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logLines.add(new java.util.logging.SimpleFormatter().format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeAll
    static void connect() {
        secretsManager = MotoServer.shared().clients().secretsManager();
    }

    @BeforeEach
    void captureLogs() {
        previousLevel = resolverLogger.getLevel();
        resolverLogger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        resolverLogger.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        resolverLogger.removeHandler(capture);
        resolverLogger.setLevel(previousLevel);
    }

    @Test
    void postgresSecretBecomesPostgresJdbcSource() {
        String id = secret("{\"engine\":\"postgres\",\"host\":\"db.internal\",\"port\":6543,"
                + "\"username\":\"reader\",\"password\":\"" + PASSWORD + "\",\"dbname\":\"shop\"}");
        TableFilter filter = new TableFilter(List.of("sales"), List.of(), List.of());

        SourceConfig config = resolver().resolve(id, filter);

        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/shop");
        assertThat(config.user()).isEqualTo("reader");
        assertThat(config.password()).isEqualTo(PASSWORD);
        assertThat(config.filter()).isEqualTo(filter);
        assertThat(config.toString()).doesNotContain(PASSWORD);
        assertThat(logLines).isNotEmpty().noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void mysqlAndMariadbSecretsUseTheMariadbDriverAndDefaultPort() {
        String mysql = secret("{\"engine\":\"mysql\",\"host\":\"m.internal\",\"username\":\"u\",\"password\":\"p\",\"dbname\":\"app\"}");
        String mariadb = secret("{\"engine\":\"mariadb\",\"host\":\"maria\",\"port\":\"3307\",\"username\":\"u\",\"password\":\"p\",\"dbname\":\"crm\"}");

        assertThat(resolver().resolve(mysql, TableFilter.ALL).jdbcUrl()).isEqualTo("jdbc:mariadb://m.internal:3306/app");
        assertThat(resolver().resolve(mariadb, TableFilter.ALL).jdbcUrl()).isEqualTo("jdbc:mariadb://maria:3307/crm");
    }

    @Test
    void secretIsCachedPerIdUntilTheTtlRunsOut() {
        String id = secret("{\"engine\":\"postgres\",\"host\":\"old-host\",\"port\":5432,\"username\":\"u\",\"password\":\"p\",\"dbname\":\"d\"}");
        SecretsManagerSourceResolver cached = resolver();
        assertThat(cached.resolve(id, TableFilter.ALL).jdbcUrl()).contains("old-host");

        secretsManager.putSecretValue(b -> b.secretId(id).secretString(
                "{\"engine\":\"postgres\",\"host\":\"new-host\",\"port\":5432,\"username\":\"u\",\"password\":\"p\",\"dbname\":\"d\"}"));

        assertThat(cached.resolve(id, TableFilter.ALL).jdbcUrl()).contains("old-host");
        SecretsManagerSourceResolver uncached = new SecretsManagerSourceResolver(secretsManager, Duration.ZERO);
        assertThat(uncached.resolve(id, TableFilter.ALL).jdbcUrl()).contains("new-host");
    }

    @Test
    void malformedSecretFailsWithoutRevealingItsContent() {
        String id = secret("{\"engine\":\"postgres\",\"host\":\"h\",\"port\":\"" + PASSWORD + "\",\"password\":\"" + PASSWORD + "\"");

        SourceAccessException e = catchThrowableOfType(SourceAccessException.class, () -> resolver().resolve(id, TableFilter.ALL));

        assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.BAD_CREDENTIALS);
        assertThat(e.getMessage()).contains(id);
        assertThat(stackTrace(e)).doesNotContain(PASSWORD);
        assertThat(logLines).noneMatch(line -> line.contains(PASSWORD));
    }

    @Test
    void wrongTypedFieldFailsWithoutRevealingItsValue() {
        String id = secret("{\"engine\":\"postgres\",\"host\":\"h\",\"port\":\"" + PASSWORD + "\",\"username\":\"u\",\"password\":\"x\"}");

        SourceAccessException e = catchThrowableOfType(SourceAccessException.class, () -> resolver().resolve(id, TableFilter.ALL));

        assertThat(stackTrace(e)).doesNotContain(PASSWORD);
    }

    @Test
    void missingFieldsAreNamed() {
        String id = secret("{\"engine\":\"postgres\",\"password\":\"" + PASSWORD + "\"}");

        SourceAccessException e = catchThrowableOfType(SourceAccessException.class, () -> resolver().resolve(id, TableFilter.ALL));

        assertThat(e.getMessage()).contains("host", "username").doesNotContain(PASSWORD);
    }

    @Test
    void unsupportedEngineIsADriverProblem() {
        String id = secret("{\"engine\":\"sqlserver-ee\",\"host\":\"h\",\"username\":\"u\",\"password\":\"" + PASSWORD + "\"}");

        SourceAccessException e = catchThrowableOfType(SourceAccessException.class, () -> resolver().resolve(id, TableFilter.ALL));

        assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.DRIVER);
        assertThat(e.getMessage()).contains("sqlserver-ee").doesNotContain(PASSWORD);
    }

    @Test
    void unknownSecretIsReportedWithItsId() {
        SourceAccessException e = catchThrowableOfType(SourceAccessException.class,
                () -> resolver().resolve("datamind/does-not-exist", TableFilter.ALL));

        assertThat(e.reason()).isEqualTo(SourceAccessException.Reason.BAD_CREDENTIALS);
        assertThat(e.getMessage()).contains("datamind/does-not-exist");
    }

    private SecretsManagerSourceResolver resolver() {
        return new SecretsManagerSourceResolver(secretsManager, Duration.ofMinutes(5));
    }

    private static String secret(String json) {
        String name = "datamind/source-" + UUID.randomUUID();
        return secretsManager.createSecret(b -> b.name(name).secretString(json)).arn();
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
