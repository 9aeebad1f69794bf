package io.datamind.describe.heuristic;

import io.datamind.describe.ColumnFigures;
import io.datamind.profile.ColumnProfile;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.ForeignKey;
import io.datamind.scan.TableSchema;
import io.datamind.scan.TypeFamily;
import java.util.List;
import java.util.Optional;

/**
 * Everything the column rules may look at for one column.
 *
 * @param profile  null when the table was not profiled or the column is missing from the profile
 * @param sampled  true when the profile figures describe a sample, not every row
 * @param words    the column name split into lower-case words
 */
public record ColumnFacts(
        TableSchema table,
        ColumnSchema column,
        ColumnProfile profile,
        boolean sampled,
        EntityNoun entity,
        List<String> words,
        Optional<Reference> reference) {

    public ColumnFacts {
        words = List.copyOf(words);
    }

    public String name() {
        return column.name();
    }

    public TypeFamily family() {
        return column.family();
    }

    public boolean isSolePrimaryKey() {
        return table.primaryKey() != null && table.primaryKey().columns().equals(List.of(name()));
    }

    public boolean isInCompositePrimaryKey() {
        return table.isPrimaryKeyColumn(name()) && table.primaryKey().columns().size() > 1;
    }

    public Optional<ForeignKey> compositeForeignKey() {
        return table.foreignKeys().stream()
                .filter(fk -> fk.columns().size() > 1 && fk.columns().contains(name()))
                .findFirst();
    }

    public boolean isDeclaredUnique() {
        return table.uniqueConstraints().stream().anyMatch(u -> u.columns().equals(List.of(name())))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.columns().equals(List.of(name())));
    }

    /** Keys and references are identifiers: their ranges and value lists say nothing to a reader. */
    public boolean isKeyLike() {
        return table.isPrimaryKeyColumn(name()) || reference.isPresent() || compositeForeignKey().isPresent()
                || lastWord().equals("id");
    }

    public String lastWord() {
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** Non-null values among the rows profiled, a sample's when it sampled: the basis of distinct and top values. */
    public long nonNullCount() {
        return profile == null ? 0 : profile.rows() - profile.nullCount();
    }

    /** The NULLs, true and false values and extremes to state, over every row where a hybrid profile counted them. */
    public ColumnFigures figures() {
        return new ColumnFigures(profile, sampled);
    }
}
