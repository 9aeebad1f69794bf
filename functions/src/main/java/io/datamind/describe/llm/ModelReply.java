package io.datamind.describe.llm;

/** The model's text with the token usage the provider reported. */
public record ModelReply(String text, long inputTokens, long outputTokens, String stopReason) {
}
