package io.datamind.testing;

import io.datamind.aws.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One moto server (AWS emulator) shared by every test of the JVM: the one at AWS_ENDPOINT_URL if that is set
 * (CI may start it), otherwise a {@code moto_server} process started on a free loopback port on first use and
 * stopped when the JVM exits. If moto cannot be reached or started, tests fail; they are never skipped.
 */
public final class MotoServer {

    public static final Region REGION = Region.US_EAST_1;
    private static final StaticCredentialsProvider CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private static final class Holder {
        private static final MotoServer SHARED = startOrAttach();
    }

    private final URI endpoint;
    private final AwsClients clients;
    private DynamoDbClient atomicDynamoDb;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MotoServer(URI endpoint) {
        this.endpoint = endpoint;
        this.clients = new AwsClients(AwsClients.Settings.forEndpoint(endpoint, REGION, CREDENTIALS));
    }

    public static MotoServer shared() {
        return Holder.SHARED;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Clients pointed at moto with dummy credentials in us-east-1; shared, do not close them. */
    public AwsClients clients() {
        return clients;
    }

    /**
     * A DynamoDB client whose requests moto handles one at a time, for tests of concurrent writers: callers still
     * race each other, but each request is atomic on moto as it is on DynamoDB (see {@link OneAtATimeHttpClient}).
     */
    public synchronized DynamoDbClient atomicDynamoDb() {
        if (atomicDynamoDb == null) {
            atomicDynamoDb = DynamoDbClient.builder()
                    .httpClient(new OneAtATimeHttpClient(UrlConnectionHttpClient.create()))
                    .endpointOverride(endpoint)
                    .region(REGION)
                    .credentialsProvider(CREDENTIALS)
                    .build();
        }
        return atomicDynamoDb;
    }

    /** Forgets every bucket, table and secret. */
    public void reset() {
        post("/moto-api/reset", "");
    }

    /**
     * For Step Functions tests: lets moto run state machines, invoking Lambda functions in-process.
     * Needs MOTO_PORT to equal moto's port, which holds for a server started here.
     */
    public void enableStateMachineExecution() {
        post("/moto-api/config", "{\"stepfunctions\":{\"execute_state_machine\":true},\"lambda\":{\"use_docker\":false}}");
    }

    private void post(String path, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint.resolve(path))
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("moto " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("moto at " + endpoint + " did not answer " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static MotoServer startOrAttach() {
        String configured = System.getenv("AWS_ENDPOINT_URL");
        if (configured != null && !configured.isBlank()) {
            MotoServer attached = new MotoServer(URI.create(configured.endsWith("/") ? configured : configured + "/"));
            attached.awaitAnswer(Instant.now().plus(STARTUP_TIMEOUT), null);
            return attached;
        }
        return start(Map.of());
    }

    /**
     * A moto_server of the caller's own, apart from the shared one, with extra environment variables; it stops when
     * the JVM exits. MOTO_PORT defaults to the server's own port: it is where moto's Step Functions interpreter sends
     * the AWS calls of a state machine, so a test may point it at a stand-in that forwards to this server.
     */
    public static MotoServer startDedicated(Map<String, String> environment) {
        return start(environment);
    }

    private static MotoServer start(Map<String, String> environment) {
        try {
            int port = freePort();
            Path log = Files.createTempFile("moto-server-", ".log");
            ProcessBuilder builder = new ProcessBuilder("moto_server", "-H", "127.0.0.1", "-p", Integer.toString(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("MOTO_PORT", Integer.toString(port));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "moto-server-stop"));
            MotoServer started = new MotoServer(URI.create("http://127.0.0.1:" + port + "/"));
            started.awaitAnswer(Instant.now().plus(STARTUP_TIMEOUT), process);
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start moto_server (is moto[server] installed and on PATH?)", e);
        }
    }

    private void awaitAnswer(Instant deadline, Process process) {
        while (Instant.now().isBefore(deadline)) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("moto_server exited with code " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(endpoint.resolve("/moto-api/"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException("moto at " + endpoint + " did not answer within " + STARTUP_TIMEOUT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
