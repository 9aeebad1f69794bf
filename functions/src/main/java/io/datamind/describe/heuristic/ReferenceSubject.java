package io.datamind.describe.heuristic;

import java.util.List;
import java.util.Optional;

/** A column that points at another table reads as the thing it points at: "Customer of the rental". */
public final class ReferenceSubject implements ColumnSubjectRule {

    @Override
    public Optional<String> subject(ColumnFacts facts) {
        return facts.reference().map(ref -> {
            String target = EntityNoun.fromTableName(ref.target().name()).singular();
            List<String> role = withoutIdSuffix(facts.words());
            String roleText = Abbreviations.phrase(role);
            String what = role.isEmpty() || roleText.equals(target) ? target : roleText;
            return Text.capitalize(what) + " of the " + facts.entity().singular();
        });
    }

    private static List<String> withoutIdSuffix(List<String> words) {
        if (!words.isEmpty() && words.get(words.size() - 1).equals("id")) {
            return words.subList(0, words.size() - 1);
        }
        return words;
    }
}
