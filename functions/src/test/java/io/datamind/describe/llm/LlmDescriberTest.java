package io.datamind.describe.llm;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.classify.ValueMasker;
import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Description;
import io.datamind.describe.DescriptionSource;
import io.datamind.describe.DescriptionStatus;
import io.datamind.describe.TableDescription;
import io.datamind.describe.heuristic.HeuristicDescriber;
import io.datamind.describe.llm.FakeModelServer.Step;
import io.datamind.describe.llm.bedrock.BedrockChatModel;
import io.datamind.describe.llm.cache.DescriptionCache;
import io.datamind.describe.llm.cache.FolderDescriptionCache;
import io.datamind.describe.llm.openai.OpenAiChatModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class LlmDescriberTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> CUSTOMER_COLUMNS = List.of("customer_id", "email", "phone", "ssn", "api_token",
            "full_name", "status", "notes", "region_id");

    private FakeModelServer server;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @TempDir
    Path temp;

    @BeforeEach
    void start() throws Exception {
        server = new FakeModelServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The describer under test with its statistics. */
    private record Subject(LlmDescriber describer, GenerationStats stats) {
        TableDescription describe(DescribeRequest request) {
            return describer.describe(request);
        }

        GenerationReport report() {
            return stats.report();
        }
    }

    private ChatModel openAi(Duration timeout) {
        return new OpenAiChatModel(new OpenAiChatModel.Endpoint(server.openAiBase(), "test-model", "sk-test", true, timeout));
    }

    private BedrockChatModel bedrock() {
        return new BedrockChatModel(new BedrockChatModel.Settings("anthropic.claude-3-haiku-20240307-v1:0", "us-east-1",
                server.baseUri(), StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")), TIMEOUT));
    }

    private Subject subject(ChatModel model, SamplePolicy samples, DescriptionCache cache, LlmSettings settings) {
        GenerationStats stats = new GenerationStats(model.provider(), model.model(), new PriceTable(3, 15));
        ChatModel retrying = new RetryingChatModel(model, new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(10)),
                stats, sleeps::add);
        PromptBuilder prompts = new PromptBuilder(new SampleFilter(samples, new ValueMasker()), "churned: no order for 12 months", null);
        return new Subject(new LlmDescriber(retrying, prompts, cache, new HeuristicDescriber(), stats, settings), stats);
    }

    private Subject openAiSubject() {
        return subject(openAi(TIMEOUT), SamplePolicy.MASKED, DescriptionCache.NONE, LlmSettings.DEFAULTS);
    }

    @Test
    void validAnswerFromAnOpenAiCompatibleServerBecomesSuggestedLlmTextButDatabaseCommentsStay() throws Exception {
        server.answering(Answers::valid);

        TableDescription described = openAiSubject().describe(LlmFixtures.customerRequest());

        assertThat(server.paths()).containsExactly("POST /v1/chat/completions");
        var body = FakeModelServer.JSON.readTree(server.bodies().get(0));
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_object");
        assertThat(body.path("messages").path(0).path("content").asText()).contains("churned: no order for 12 months");
        // the table comment and the status column's comment come from the database and stay
        assertThat(described.description()).isEqualTo(new Description("People who bought at least once.", DescriptionSource.DATABASE));
        assertThat(described.column("status").orElseThrow().source()).isEqualTo(DescriptionSource.DATABASE);
        Description email = described.column("email").orElseThrow();
        assertThat(email).isEqualTo(new Description("Model text for email.", DescriptionSource.LLM, DescriptionStatus.SUGGESTED,
                "Biz email", 0.8, null));
        assertThat(described.columns()).hasSize(9);
    }

    @Test
    void bedrockConverseIsCalledAtTheModelPathAndTokenUsageIsRecorded() {
        server.answering(Answers::valid);
        try (BedrockChatModel model = bedrock()) {
            Subject subject = subject(model, SamplePolicy.MASKED, DescriptionCache.NONE, LlmSettings.DEFAULTS);

            TableDescription described = subject.describe(LlmFixtures.customerRequest());

            assertThat(server.paths()).containsExactly("POST /model/anthropic.claude-3-haiku-20240307-v1:0/converse");
            assertThat(described.column("phone").orElseThrow().text()).isEqualTo("Model text for phone.");
            GenerationReport report = subject.report();
            assertThat(report.provider()).isEqualTo("bedrock");
            assertThat(report.calls()).isEqualTo(1);
            assertThat(report.promptTokens()).isEqualTo(server.bodies().get(0).length() / 4);
            assertThat(report.completionTokens()).isPositive();
            assertThat(report.estimatedCostUsd()).isEqualTo((report.promptTokens() * 3.0 + report.completionTokens() * 15.0) / 1e6);
        }
    }

    @Test
    void jsonInProseAndMarkdownFencesIsAccepted() {
        server.answering(request -> Step.text("Sure! Here are the descriptions:\n```json\n" + Answers.validFor(request)
                + "\n```\nLet me know if you need more."));

        TableDescription described = openAiSubject().describe(LlmFixtures.customerRequest());

        assertThat(server.requests()).isEqualTo(1);
        assertThat(described.column("ssn").orElseThrow().source()).isEqualTo(DescriptionSource.LLM);
    }

    @Test
    void aMissingColumnTriggersOneRepairRequestQuotingTheError() throws Exception {
        List<String> withoutPhone = CUSTOMER_COLUMNS.stream().filter(c -> !c.equals("phone")).toList();
        server.then(Step.text(Answers.answer("customer", withoutPhone)), Step.text(Answers.answer("customer", CUSTOMER_COLUMNS)));
        Subject subject = openAiSubject();

        TableDescription described = subject.describe(LlmFixtures.customerRequest());

        assertThat(server.requests()).isEqualTo(2);
        var repair = FakeModelServer.JSON.readTree(server.bodies().get(1)).path("messages");
        assertThat(repair).hasSize(4);
        assertThat(repair.path(2).path("role").asText()).isEqualTo("assistant");
        assertThat(repair.path(3).path("content").asText()).contains("column \"phone\" is missing");
        assertThat(described.column("phone").orElseThrow().source()).isEqualTo(DescriptionSource.LLM);
        assertThat(subject.report().fallbacks()).isZero();
        assertThat(subject.report().calls()).isEqualTo(2);
    }

    @Test
    void anExtraColumnTwiceFallsBackToTheHeuristicAndRecordsWhy() {
        List<String> withExtra = new java.util.ArrayList<>(CUSTOMER_COLUMNS);
        withExtra.add("loyalty_points");
        server.then(Step.text(Answers.answer("customer", withExtra)));
        Subject subject = openAiSubject();

        TableDescription described = subject.describe(LlmFixtures.customerRequest());

        assertThat(server.requests()).isEqualTo(2);
        assertThat(described.column("email").orElseThrow().source()).isEqualTo(DescriptionSource.HEURISTIC);
        GenerationReport report = subject.report();
        assertThat(report.fallbacks()).isEqualTo(1);
        assertThat(report.fallbackTables().get(0).table()).isEqualTo("crm.customer");
        assertThat(report.fallbackTables().get(0).reason()).contains("unknown column \"loyalty_points\"");
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheServersRetryAfter() {
        server.then(Step.status(429, Map.of("Retry-After", "2"))).answering(Answers::valid);
        Subject subject = openAiSubject();

        TableDescription described = subject.describe(LlmFixtures.customerRequest());

        assertThat(server.requests()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(subject.report().retries()).isEqualTo(1);
        assertThat(described.column("email").orElseThrow().source()).isEqualTo(DescriptionSource.LLM);
    }

    @Test
    void bedrockThrottlingWithRetryAfterIsRetriedToo() {
        server.then(Step.status(429, Map.of("Retry-After", "3"))).answering(Answers::valid);
        try (BedrockChatModel model = bedrock()) {
            Subject subject = subject(model, SamplePolicy.MASKED, DescriptionCache.NONE, LlmSettings.DEFAULTS);

            TableDescription described = subject.describe(LlmFixtures.customerRequest());

            assertThat(server.requests()).isEqualTo(2);
            assertThat(sleeps.get(0)).isGreaterThanOrEqualTo(Duration.ofSeconds(3));
            assertThat(subject.report().retries()).isEqualTo(1);
            assertThat(described.column("email").orElseThrow().source()).isEqualTo(DescriptionSource.LLM);
        }
    }

    @Test
    void aServerErrorThenSuccessCostsOneRetryWithBackoff() {
        server.then(Step.status(500, Map.of())).answering(Answers::valid);
        Subject subject = openAiSubject();

        subject.describe(LlmFixtures.customerRequest());

        assertThat(server.requests()).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
        assertThat(subject.report().retries()).isEqualTo(1);
        assertThat(subject.report().fallbacks()).isZero();
    }

    @Test
    void aTimeoutIsRetriedAndPersistentErrorsFallBack() {
        server.then(Step.slow(Answers.answer("customer", CUSTOMER_COLUMNS), 3_000)).answering(Answers::valid);
        Subject subject = subject(openAi(Duration.ofMillis(500)), SamplePolicy.MASKED, DescriptionCache.NONE, LlmSettings.DEFAULTS);

        TableDescription described = subject.describe(LlmFixtures.customerRequest());

        assertThat(server.requests()).isEqualTo(2);
        assertThat(subject.report().retries()).isEqualTo(1);
        assertThat(described.column("email").orElseThrow().source()).isEqualTo(DescriptionSource.LLM);

        server.then(Step.status(503, Map.of()), Step.status(503, Map.of()), Step.status(503, Map.of()));
        TableDescription failed = subject.describe(LlmFixtures.wideRequest("after_outage", 3));
        assertThat(subject.report().calls()).isEqualTo(5);
        assertThat(failed.column("c1").orElseThrow().source()).isEqualTo(DescriptionSource.HEURISTIC);
        assertThat(subject.report().fallbackTables()).singleElement()
                .satisfies(f -> assertThat(f.reason()).startsWith("model call failed: HTTP 503"));
    }

    @Test
    void whenTheTokenBudgetIsSpentTheRestIsDescribedByTheHeuristic() {
        server.answering(Answers::valid);
        Subject subject = subject(openAi(TIMEOUT), SamplePolicy.MASKED, DescriptionCache.NONE, LlmSettings.DEFAULTS.withTokenBudget(500));

        TableDescription first = subject.describe(LlmFixtures.customerRequest());
        TableDescription second = subject.describe(LlmFixtures.wideRequest("orders", 4));

        assertThat(server.requests()).isEqualTo(1);
        assertThat(subject.stats().tokensUsed()).isGreaterThanOrEqualTo(500);
        assertThat(first.column("email").orElseThrow().source()).isEqualTo(DescriptionSource.LLM);
        assertThat(second.column("c1").orElseThrow().source()).isEqualTo(DescriptionSource.HEURISTIC);
        assertThat(subject.report().fallbackTables()).containsExactly(new GenerationReport.Fallback("wide.orders", "token budget spent"));
    }

    @Test
    void anUnchangedTableIsAnsweredFromTheCacheOnTheNextRun() {
        server.answering(Answers::valid);
        FolderDescriptionCache cache = new FolderDescriptionCache(temp.resolve("cache"));
        Subject firstRun = subject(openAi(TIMEOUT), SamplePolicy.MASKED, cache, LlmSettings.DEFAULTS);
        TableDescription first = firstRun.describe(LlmFixtures.customerRequest());
        firstRun.describe(LlmFixtures.wideRequest("orders", 4));
        assertThat(server.requests()).isEqualTo(2);

        Subject secondRun = subject(openAi(TIMEOUT), SamplePolicy.MASKED, cache, LlmSettings.DEFAULTS);
        TableDescription again = secondRun.describe(LlmFixtures.customerRequest());
        secondRun.describe(LlmFixtures.wideRequest("orders", 4));
        secondRun.describe(LlmFixtures.wideRequest("orders", 5));

        assertThat(again).isEqualTo(first);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(secondRun.report().calls()).isEqualTo(1);
        assertThat(secondRun.report().cacheHits()).isEqualTo(2);
    }

    @Test
    void anUnreadableCacheEntryCostsACallNotTheDescription() throws Exception {
        server.answering(Answers::valid);
        Path folder = temp.resolve("cache");
        FolderDescriptionCache cache = new FolderDescriptionCache(folder);
        subject(openAi(TIMEOUT), SamplePolicy.MASKED, cache, LlmSettings.DEFAULTS).describe(LlmFixtures.customerRequest());
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path file : files.toList()) {
                java.nio.file.Files.writeString(file, "{not json");
            }
        }

        Subject rerun = subject(openAi(TIMEOUT), SamplePolicy.MASKED, cache, LlmSettings.DEFAULTS);
        TableDescription described = rerun.describe(LlmFixtures.customerRequest());

        assertThat(server.requests()).isEqualTo(2);
        assertThat(rerun.report().cacheHits()).isZero();
        assertThat(described.column("email").orElseThrow().source()).isEqualTo(DescriptionSource.LLM);
    }

    @Test
    void wideTablesAreDescribedInChunksThatKeepTheTableContext() {
        server.answering(Answers::valid);
        Subject subject = openAiSubject();

        TableDescription described = subject.describe(LlmFixtures.wideRequest("events", 120));

        assertThat(server.requests()).isEqualTo(3);
        List<Integer> chunkSizes = server.bodies().stream().map(b -> read(b)).map(r -> Answers.columns(r).size()).toList();
        assertThat(chunkSizes).containsExactly(50, 50, 20);
        server.bodies().forEach(b -> {
            var facts = Answers.facts(read(b));
            assertThat(facts.path("table").asText()).isEqualTo("events");
            assertThat(facts.path("allColumns")).hasSize(120);
        });
        assertThat(described.columns()).allSatisfy(c -> assertThat(c.description().source()).isEqualTo(DescriptionSource.LLM));
        assertThat(described.description().text()).isEqualTo("Model text for events.");
    }

    @Test
    void maskedPromptsNeverCarryARawPersonalValue() {
        server.answering(Answers::valid);
        openAiSubject().describe(LlmFixtures.customerRequest());
        server.then(Step.text(Answers.answer("customer", List.of("email"))));
        try (BedrockChatModel model = bedrock()) {
            subject(model, SamplePolicy.MASKED, DescriptionCache.NONE, LlmSettings.DEFAULTS).describe(LlmFixtures.customerRequest());
        }

        assertThat(server.bodies()).hasSizeGreaterThanOrEqualTo(2);
        for (String body : server.bodies()) {
            for (String raw : LlmFixtures.RAW_PII) {
                assertThat(body).doesNotContain(raw);
            }
            assertThat(body).doesNotContain("4155550142").doesNotContain("078051120");
            // masked shapes are there: the model still learns what the column holds
            assertThat(body).contains("a***@example.com").contains("***-**-1120").contains("A*** S***");
            // the never-showable token column and the unclassified notes column send no value at all
            assertThat(body).doesNotContain("tok_").doesNotContain("call ");
            assertThat(body).contains("\\\"pii\\\":\\\"contact\\\"");
        }
    }

    @Test
    void samplesNoneSendsNoValueAndRawSendsThem() {
        server.answering(Answers::valid);
        subject(openAi(TIMEOUT), SamplePolicy.NONE, DescriptionCache.NONE, LlmSettings.DEFAULTS).describe(LlmFixtures.customerRequest());
        subject(openAi(TIMEOUT), SamplePolicy.RAW, DescriptionCache.NONE, LlmSettings.DEFAULTS).describe(LlmFixtures.customerRequest());

        String none = server.bodies().get(0);
        String raw = server.bodies().get(1);
        assertThat(none).doesNotContain("examples").doesNotContain("@example").doesNotContain("active");
        assertThat(raw).contains("alice.smith@example.com").contains("active");
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String body) {
        try {
            return FakeModelServer.JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
