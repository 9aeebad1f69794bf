package io.datamind.classify.validators;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamind.classify.bench.GoldenCorpus;
import io.datamind.classify.bench.LabelledCorpus;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The cheap screening in front of each date format rejects only values its parser rejects too, and the one-pass
 * parse used once a column's values are known to parse reads every value as the two-step parse does.
 */
class TextDatesScreeningTest {

    /** Values at the edges of the screening: signs, lower-case literals, optional parts, month names in any case. */
    private static final List<String> EDGES = List.of("+12020-01-01", "-0001-01-01", "+2020-01-01", "2020-01-01t10:00:00",
            "2020-01-01T10:00", "2020-01-01T10:00:00+01:00", "2020-01-01T10:00:00Z", "2024-03-01 10:15:30.123",
            "2024-03-01 10:15:30+02:00", "2024-03-01 10:15:30.5Z", "2024-03-01 10:15", "2024/03/01", "31/12/2020",
            "12/31/2020", "1/2/2020", "31.12.2020", "31-12-2020", "12-31-2020", "31/12/2020 23:59:59", "31/12/2020 23:59",
            "31.12.2020 23:59", "5 Mar 2021", "5 mar 2021", "5 MARCH 2021", "Mar 5, 2021", "march 5, 2021", "MAR 5, 2021",
            "05-Mar-2021", "05-mar-2021", "Tue, 3 Jun 2008 11:05:30 GMT", "3 Jun 2008 11:05:30 GMT", "tue, 3 jun 2008 11:05:30 +0200",
            "23:59:59", "23:59", "7:05", "+23:59", "-1/2/2020", " 2020-01-01", "2020-01-01 ", "", "x", "2020", "Mar",
            "1 Mar", "Mar 5 2021", "2020–01–01", "２０２０-01-01");

    @Test
    void screeningAndOnePassParsingAgreeWithTheParser() {
        Set<String> values = new LinkedHashSet<>(EDGES);
        LabelledCorpus.generate(LabelledCorpus.SEED).forEach(column -> values.addAll(column.evidence().values()));
        GoldenCorpus.entries().stream().filter(entry -> entry.key().startsWith("test/"))
                .forEach(entry -> values.addAll(entry.evidence().values()));

        List<String> differences = new ArrayList<>();
        int parsed = 0;
        for (TextDates.DatePattern pattern : TextDates.patterns()) {
            for (String value : values) {
                String unscreened = pattern.parseWithoutScreening(value).map(Object::toString).orElse("-");
                String screened = pattern.parse(value).map(Object::toString).orElse("-");
                String onePass = pattern.parse(value, true).map(Object::toString).orElse("-");
                parsed += unscreened.equals("-") ? 0 : 1;
                if (!screened.equals(unscreened) || !onePass.equals(unscreened)) {
                    differences.add(pattern.display() + " on '" + value + "'");
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(parsed).as("values some format parses").isGreaterThan(1000);
    }
}
