package io.datamind.describe.llm;

import java.util.List;

/**
 * A chat request: a system prompt and alternating user/assistant turns (the repair request adds two turns).
 *
 * @param jsonMode ask the provider for a JSON object when it supports that
 */
public record ModelRequest(String system, List<Turn> turns, int maxOutputTokens, boolean jsonMode) {

    public enum Role { USER, ASSISTANT }

    public record Turn(Role role, String text) {
    }

    public ModelRequest {
        turns = List.copyOf(turns);
    }

    public static ModelRequest ask(String system, String user, int maxOutputTokens) {
        return new ModelRequest(system, List.of(new Turn(Role.USER, user)), maxOutputTokens, true);
    }

    /** The same conversation with the model's answer and a follow-up question appended. */
    public ModelRequest followUp(String answer, String question) {
        List<Turn> longer = new java.util.ArrayList<>(turns);
        longer.add(new Turn(Role.ASSISTANT, answer));
        longer.add(new Turn(Role.USER, question));
        return new ModelRequest(system, longer, maxOutputTokens, jsonMode);
    }

    public int characters() {
        return system.length() + turns.stream().mapToInt(t -> t.text().length()).sum();
    }
}
