package io.datamind.describe.llm;

import java.util.Locale;

/** Which column values a prompt may contain. */
public enum SamplePolicy {
    /** No value at all: names, types and statistics only. */
    NONE,
    /** Values masked by the column's semantics; values of never-showable columns are left out. */
    MASKED,
    /** Values as profiled (already masked by the profile step when it classified them). */
    RAW;

    public static SamplePolicy parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--samples: unknown value '" + text + "'; choose none, masked or raw");
        }
    }
}
