package io.datamind.describe.heuristic;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Finds the table a column points at: a declared single-column foreign key first, else a neighbour named like it. */
public final class References {

    private References() {
    }

    public static Optional<Reference> of(TableSchema table, ColumnSchema column, List<TableRef> neighbours) {
        for (ForeignKey fk : table.foreignKeys()) {
            if (fk.columns().equals(List.of(column.name()))) {
                return Optional.of(new Reference(fk.target(), label(table.table(), fk.target()), true));
            }
        }
        if (table.isPrimaryKeyColumn(column.name())) {
            return Optional.empty();
        }
        return byName(table.table(), NameWords.split(column.name()), neighbours);
    }

    /** How another table is named in a sentence: bare name in the same schema, qualified otherwise. */
    public static String label(TableRef from, TableRef target) {
        return Objects.equals(from.schema(), target.schema()) ? target.name() : target.key();
    }

    private static Optional<Reference> byName(TableRef self, List<String> words, List<TableRef> neighbours) {
        if (words.size() < 2 || !words.get(words.size() - 1).equals("id")) {
            return Optional.empty();
        }
        List<String> entity = words.subList(0, words.size() - 1);
        // longest tail first, so "original_language_id" prefers a table "original_language" over "language"
        for (int start = 0; start < entity.size(); start++) {
            String wanted = Abbreviations.phrase(entity.subList(start, entity.size()));
            Optional<TableRef> match = neighbours.stream()
                    .filter(n -> !n.equals(self))
                    .filter(n -> EntityNoun.fromTableName(n.name()).singular().equals(wanted))
                    .sorted()
                    .findFirst();
            if (match.isPresent()) {
                return Optional.of(new Reference(match.get(), label(self, match.get()), false));
            }
        }
        return Optional.empty();
    }
}
