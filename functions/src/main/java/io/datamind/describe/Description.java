package io.datamind.describe;

import java.util.List;

/**
 * One plain-language description.
 *
 * @param status       null for unreviewed text from the database or the heuristic; SUGGESTED for model output,
 *                     ACCEPTED once a reviewer approved it (overrides file)
 * @param businessName a short business-facing name ("Customer e-mail"), when a model or reviewer gave one
 * @param confidence   0..1, the model's own confidence, when given
 * @param tags         table tags from a model or reviewer, null when none
 */
public record Description(String text, DescriptionSource source, DescriptionStatus status, String businessName,
                          Double confidence, List<String> tags) {

    public Description {
        tags = tags == null || tags.isEmpty() ? null : List.copyOf(tags);
    }

    public Description(String text, DescriptionSource source) {
        this(text, source, null, null, null, null);
    }
}
