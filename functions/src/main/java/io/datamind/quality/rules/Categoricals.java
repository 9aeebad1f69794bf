package io.datamind.quality.rules;

import io.datamind.classify.SemanticType;
import io.datamind.profile.ColumnProfile;
import io.datamind.quality.RuleContext;
import io.datamind.scan.TypeFamily;
import java.util.Locale;
import java.util.regex.Pattern;

/** Whether a column holds categories (a closed set of labels) rather than free values. */
final class Categoricals {

    private static final Pattern CATEGORY_NAME =
            Pattern.compile("(^|_)(status|state|type|category|kind|level|class|group|tier|segment|gender|code)$");

    private Categoricals() {
    }

    static boolean isCategorical(RuleContext context, ColumnProfile column) {
        if (column.family() == TypeFamily.BOOLEAN) {
            return true;
        }
        if (column.family() != TypeFamily.TEXT) {
            return false;
        }
        boolean classified = context.semantics(column.column())
                .map(s -> s.type() == SemanticType.CATEGORICAL || s.type() == SemanticType.GENDER
                        || s.type() == SemanticType.BOOLEAN_TEXT)
                .orElse(false);
        return classified || CATEGORY_NAME.matcher(column.column().toLowerCase(Locale.ROOT)).find();
    }
}
