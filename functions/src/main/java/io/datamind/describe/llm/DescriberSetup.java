package io.datamind.describe.llm;

import io.datamind.classify.ValueMasker;
import io.datamind.describe.Describer;
import io.datamind.describe.heuristic.HeuristicDescriber;
import io.datamind.describe.llm.bedrock.BedrockChatModel;
import io.datamind.describe.llm.cache.DescriptionCache;
import io.datamind.describe.llm.openai.OpenAiChatModel;
import io.datamind.describe.llm.review.DescriptionOverrides;
import io.datamind.describe.llm.review.ReviewedDescriber;
import java.net.URI;
import java.util.Locale;

/**
 * Builds the describe step from plain settings (CLI flags today, Lambda environment later): heuristic by
 * default, or a model with the heuristic as fallback; reviewed overrides always applied on top.
 */
public final class DescriberSetup {

    public enum Kind {
        HEURISTIC, BEDROCK, OPENAI;

        public static Kind parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--describer: unknown describer '" + text + "'; choose heuristic, bedrock or openai");
            }
        }
    }

    /**
     * @param model            Bedrock model id or OpenAI-compatible model name
     * @param region           Bedrock region; null for the SDK's chain
     * @param endpoint         Bedrock endpoint override or the OpenAI-compatible base URL
     * @param apiKey           OpenAI-compatible API key, null when the server needs none
     * @param glossary, instructions texts added to every prompt, null when absent
     * @param prices           null when no price table is configured
     */
    public record Config(Kind kind, String model, String region, URI endpoint, String apiKey, SamplePolicy samples,
                         String glossary, String instructions, DescriptionOverrides overrides, LlmSettings llm,
                         DescriptionCache cache, PriceTable prices, RetryPolicy retries) {
    }

    /** The describer, its name for the run header, and its usage statistics (null for the heuristic). */
    public record Built(Describer describer, String name, GenerationStats stats) {
        public GenerationReport report() {
            return stats == null ? null : stats.report();
        }
    }

    public static final String DEFAULT_BEDROCK_MODEL = "anthropic.claude-3-haiku-20240307-v1:0";

    public Built build(Config config) {
        Describer heuristic = new HeuristicDescriber();
        if (config.kind() == Kind.HEURISTIC) {
            return new Built(new ReviewedDescriber(heuristic, config.overrides()), "heuristic", null);
        }
        ChatModel model = model(config);
        GenerationStats stats = new GenerationStats(model.provider(), model.model(), config.prices());
        ChatModel retrying = new RetryingChatModel(model, config.retries(), stats);
        PromptBuilder prompts = new PromptBuilder(new SampleFilter(config.samples(), new ValueMasker()),
                config.glossary(), config.instructions());
        Describer llm = new LlmDescriber(retrying, prompts, config.cache(), heuristic, stats, config.llm());
        return new Built(new ReviewedDescriber(llm, config.overrides()), model.provider() + ":" + model.model(), stats);
    }

    private static ChatModel model(Config config) {
        return switch (config.kind()) {
            case BEDROCK -> new BedrockChatModel(new BedrockChatModel.Settings(
                    config.model() == null ? DEFAULT_BEDROCK_MODEL : config.model(), config.region(), config.endpoint(),
                    null, config.llm().timeout()));
            case OPENAI -> {
                if (config.endpoint() == null || config.model() == null) {
                    throw new IllegalArgumentException("--describer openai needs --base-url and --model");
                }
                yield new OpenAiChatModel(new OpenAiChatModel.Endpoint(config.endpoint(), config.model(), config.apiKey(),
                        true, config.llm().timeout()));
            }
            case HEURISTIC -> throw new IllegalStateException("the heuristic describer has no model");
        };
    }
}
