package io.datamind.describe.llm;

import io.datamind.describe.ColumnDescription;
import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Describer;
import io.datamind.describe.Description;
import io.datamind.describe.DescriptionSource;
import io.datamind.describe.DescriptionStatus;
import io.datamind.describe.TableDescription;
import io.datamind.describe.llm.cache.CacheKey;
import io.datamind.describe.llm.cache.DescriptionCache;
import io.datamind.scan.ColumnSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Describes a table with one model call (one per chunk of {@link LlmSettings#maxColumnsPerCall} columns for wide
 * tables). The heuristic description is written first: it is kept for database comments (never overwritten) and
 * for everything the model could not deliver — failed calls, invalid answers after one repair, a spent budget —
 * each recorded as a fallback in the {@link GenerationStats}.
 */
public final class LlmDescriber implements Describer {

    /** The fallback reason when the run's token budget is spent (also used where the budget is shared by invocations). */
    public static final String BUDGET_SPENT = "token budget spent";

    private final ChatModel model;
    private final PromptBuilder prompts;
    private final DescriptionCache cache;
    private final Describer fallback;
    private final GenerationStats stats;
    private final LlmSettings settings;
    private final Semaphore permits;
    private final AnswerReader reader = new AnswerReader();

    /** @param model retrying already (see {@link RetryingChatModel}); counts calls into the same stats */
    public LlmDescriber(ChatModel model, PromptBuilder prompts, DescriptionCache cache, Describer fallback,
                        GenerationStats stats, LlmSettings settings) {
        this.model = model;
        this.prompts = prompts;
        this.cache = cache;
        this.fallback = fallback;
        this.stats = stats;
        this.settings = settings;
        this.permits = new Semaphore(settings.concurrency(), true);
    }

    @Override
    public TableDescription describe(DescribeRequest request) {
        TableDescription base = fallback.describe(request);
        List<ColumnSchema> columns = request.schema().columns();
        Map<String, ModelAnswer.ColumnText> columnTexts = new HashMap<>();
        ModelAnswer.TableText tableText = null;
        for (int from = 0; from < Math.max(columns.size(), 1); from += settings.maxColumnsPerCall()) {
            List<ColumnSchema> chunk = columns.subList(from, Math.min(columns.size(), from + settings.maxColumnsPerCall()));
            Optional<ModelAnswer> answer = answer(request, chunk, chunkLabel(request, chunk, columns.size()));
            if (answer.isPresent()) {
                tableText = tableText == null ? answer.get().table() : tableText;
                answer.get().columns().forEach(c -> columnTexts.put(c.name(), c));
            }
        }
        return merge(base, tableText, columnTexts);
    }

    private Optional<ModelAnswer> answer(DescribeRequest request, List<ColumnSchema> chunk, String label) {
        String system = prompts.system();
        String key = CacheKey.of(model.provider(), model.model(), PromptBuilder.PROMPT_VERSION,
                prompts.samplePolicy().name(), system, prompts.fingerprint(request, chunk));
        Optional<ModelAnswer> cached = cached(key);
        if (cached.isPresent()) {
            stats.cacheHit();
            return cached;
        }
        List<String> names = chunk.stream().map(ColumnSchema::name).toList();
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fellBack(label, "interrupted");
        }
        try {
            return ask(ModelRequest.ask(system, prompts.user(request, chunk), settings.maxOutputTokens()), names, label, key);
        } catch (ModelCallException e) {
            return fellBack(label, "model call failed: " + e.getMessage());
        } finally {
            permits.release();
        }
    }

    private Optional<ModelAnswer> ask(ModelRequest question, List<String> names, String label, String key) {
        if (budgetSpent()) {
            return fellBack(label, BUDGET_SPENT);
        }
        ModelReply reply = call(question);
        AnswerReader.Result result = reader.read(reply.text(), names);
        if (!result.valid()) {
            if (budgetSpent()) {
                return fellBack(label, BUDGET_SPENT);
            }
            reply = call(question.followUp(reply.text(), repairRequest(result.errors())));
            result = reader.read(reply.text(), names);
            if (!result.valid()) {
                return fellBack(label, "invalid answer after one repair: " + String.join("; ", result.errors()));
            }
        }
        store(key, result.answer());
        return Optional.of(result.answer());
    }

    /** A cache that cannot be read (or holds an unreadable entry) costs a model call, never the description. */
    private Optional<ModelAnswer> cached(String key) {
        try {
            return cache.get(key).map(AnswerReader::fromJson);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void store(String key, ModelAnswer answer) {
        try {
            cache.put(key, AnswerReader.toJson(answer));
        } catch (RuntimeException e) {
            // the answer is still used; the next run asks the model again
        }
    }

    private ModelReply call(ModelRequest request) {
        ModelReply reply = model.complete(request);
        stats.used(reply);
        return reply;
    }

    private boolean budgetSpent() {
        return settings.tokenBudget() > 0 && stats.tokensUsed() >= settings.tokenBudget();
    }

    private Optional<ModelAnswer> fellBack(String label, String reason) {
        stats.fellBack(label, reason);
        return Optional.empty();
    }

    private static String repairRequest(List<String> errors) {
        return "Your answer was rejected:\n- " + String.join("\n- ", errors)
                + "\nAnswer again with the corrected JSON object only.";
    }

    private static String chunkLabel(DescribeRequest request, List<ColumnSchema> chunk, int width) {
        String table = request.schema().table().key();
        if (chunk.isEmpty() || chunk.size() == width) {
            return table;
        }
        return table + " (columns " + chunk.get(0).ordinal() + "–" + chunk.get(chunk.size() - 1).ordinal() + ")";
    }

    private static TableDescription merge(TableDescription base, ModelAnswer.TableText table,
                                          Map<String, ModelAnswer.ColumnText> columns) {
        Description tableDescription = base.description();
        if (table != null && !isDatabase(tableDescription)) {
            tableDescription = new Description(table.description(), DescriptionSource.LLM, DescriptionStatus.SUGGESTED,
                    table.businessName(), null, table.tags());
        }
        List<ColumnDescription> merged = new ArrayList<>();
        for (ColumnDescription column : base.columns()) {
            ModelAnswer.ColumnText text = columns.get(column.column());
            merged.add(text == null || isDatabase(column.description()) ? column
                    : new ColumnDescription(column.column(), new Description(text.description(), DescriptionSource.LLM,
                            DescriptionStatus.SUGGESTED, text.businessName(), text.confidence(), null)));
        }
        return new TableDescription(base.table(), tableDescription, merged);
    }

    private static boolean isDatabase(Description description) {
        return description != null && description.source() == DescriptionSource.DATABASE;
    }
}
