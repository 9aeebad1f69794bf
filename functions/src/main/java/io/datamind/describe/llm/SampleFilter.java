package io.datamind.describe.llm;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.ValueMasker;
import io.datamind.profile.ColumnProfile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which values of a column may leave the process in a prompt. In MASKED mode a column whose semantics are
 * unknown sends nothing: without a classification there is no way to know its values are harmless (fail closed).
 */
public final class SampleFilter {

    public static final int MAX_EXAMPLES = 3;
    private static final int MAX_VALUE_LENGTH = 80;

    private final SamplePolicy policy;
    private final ValueMasker masker;

    public SampleFilter(SamplePolicy policy, ValueMasker masker) {
        this.policy = policy;
        this.masker = masker;
    }

    public SamplePolicy policy() {
        return policy;
    }

    public Optional<String> value(ColumnProfile column, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (policy) {
            case NONE -> Optional.empty();
            case RAW -> Optional.of(shorten(value));
            case MASKED -> masked(column.semantics(), value);
        };
    }

    /** At most {@value #MAX_EXAMPLES} distinct values as they may be sent. */
    public List<String> examples(ColumnProfile column, List<String> candidates) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String candidate : candidates) {
            if (chosen.size() == MAX_EXAMPLES) {
                break;
            }
            value(column, candidate).ifPresent(chosen::add);
        }
        return List.copyOf(chosen);
    }

    private Optional<String> masked(ColumnSemantics semantics, String value) {
        if (semantics == null || !masker.isShowable(semantics)) {
            return Optional.empty();
        }
        return masker.mask(semantics, value).map(SampleFilter::shorten);
    }

    private static String shorten(String value) {
        return value.length() <= MAX_VALUE_LENGTH ? value : value.substring(0, MAX_VALUE_LENGTH) + "…";
    }
}
