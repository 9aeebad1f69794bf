package io.datamind.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Weighs the proposals for one column: the same target proposed twice keeps its strongest reason, a target in the
 * column's own schema beats others, only the most confident proposals survive, and a tie lowers their confidence.
 */
final class CandidateSelection {

    private CandidateSelection() {
    }

    static List<Candidate> select(List<Candidate> proposals) {
        List<Candidate> merged = strongestPerTarget(proposals);
        List<Candidate> sameSchema = merged.stream()
                .filter(c -> Objects.equals(c.from().table().schema(), c.target().table().table().schema()))
                .toList();
        List<Candidate> pool = sameSchema.isEmpty() ? merged : sameSchema;
        double best = pool.stream().mapToDouble(Candidate::confidence).max().orElse(0);
        List<Candidate> winners = pool.stream().filter(c -> c.confidence() == best)
                .sorted(Comparator.comparing(c -> c.target().table().table()))
                .toList();
        return winners.size() == 1 ? winners : ambiguous(winners);
    }

    private static List<Candidate> strongestPerTarget(List<Candidate> proposals) {
        Map<String, Candidate> byTarget = new LinkedHashMap<>();
        for (Candidate c : proposals) {
            byTarget.merge(c.target().label(), c, (a, b) -> b.confidence() > a.confidence() ? b : a);
        }
        return new ArrayList<>(byTarget.values());
    }

    private static List<Candidate> ambiguous(List<Candidate> winners) {
        int n = winners.size();
        String all = String.join(", ", winners.stream().map(c -> c.target().label()).toList());
        return winners.stream()
                .map(c -> new Candidate(c.from(), c.column(), c.target(), Math.round(c.confidence() / n * 100) / 100.0,
                        c.evidence() + "; ambiguous: " + n + " equally likely targets (" + all + ")"))
                .toList();
    }
}
