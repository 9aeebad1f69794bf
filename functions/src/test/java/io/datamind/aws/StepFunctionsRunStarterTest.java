package io.datamind.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.events.RecordingEventPublisher;
import io.datamind.pipeline.remote.RunRequest;
import io.datamind.pipeline.store.InMemoryRunStore;
import io.datamind.testing.MotoServer;
import io.datamind.trigger.NotStartedRuns;
import io.datamind.trigger.RunNotStartedException;
import io.datamind.trigger.RunStart;
import io.datamind.trigger.UploadRules;
import io.datamind.trigger.UploadTrigger;
import io.datamind.trigger.UploadedObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/** Refusals become {@link RunNotStartedException}; transient failures propagate so that a Lambda is retried. */
class StepFunctionsRunStarterTest {

    private static final RunStart START = new RunStart("dm-trig-start", new RunRequest("shop", null, null));

    @Test
    void aMissingStateMachineIsARefusal() {
        StepFunctionsRunStarter starter = new StepFunctionsRunStarter(MotoServer.shared().clients().stepFunctions(),
                "arn:aws:states:us-east-1:123456789012:stateMachine:dm-trig-never-created");

        assertThatThrownBy(() -> starter.start(START)).isInstanceOf(RunNotStartedException.class)
                .hasMessageContaining("dm-trig-never-created");
    }

    @Test
    void anUnreachableServiceIsTransientAndTheTriggerRecordsNothing() throws IOException {
        try (SfnClient unreachable = SfnClient.builder().endpointOverride(closedPort())
                .region(MotoServer.REGION).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(() -> software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create("t", "t"))
                .build()) {
            StepFunctionsRunStarter starter = new StepFunctionsRunStarter(unreachable,
                    "arn:aws:states:us-east-1:123456789012:stateMachine:datamind");
            InMemoryRunStore store = new InMemoryRunStore(Clock.systemUTC());
            RecordingEventPublisher events = new RecordingEventPublisher();
            UploadTrigger trigger = new UploadTrigger(UploadRules.of(null, null), null, starter,
                    new NotStartedRuns(store, events, Clock.systemUTC()));
            UploadedObject object = new UploadedObject("in", "incoming/orders.csv", "\"e\"", null, Instant.EPOCH);

            assertThatThrownBy(() -> starter.start(START)).isInstanceOf(SdkClientException.class);
            assertThatThrownBy(() -> trigger.onUpload(object)).isInstanceOf(SdkClientException.class);
            assertThat(events.published()).isEmpty();
        }
    }

    private static URI closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
