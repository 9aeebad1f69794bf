package io.datamind.describe.llm.cache;

import java.util.Optional;

/**
 * Validated model answers by content hash (provider, model, prompt version, settings and the table's
 * fingerprint): an unchanged table is described from here without calling the model again.
 */
public interface DescriptionCache {

    Optional<String> get(String key);

    void put(String key, String answerJson);

    /** For runs without a cache. */
    DescriptionCache NONE = new DescriptionCache() {
        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, String answerJson) {
        }
    };
}
