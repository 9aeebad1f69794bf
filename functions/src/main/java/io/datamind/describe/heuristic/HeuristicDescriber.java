package io.datamind.describe.heuristic;

import io.datamind.describe.ColumnDescription;
import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Describer;
import io.datamind.describe.Description;
import io.datamind.describe.DescriptionSource;
import io.datamind.describe.TableDescription;
import io.datamind.profile.ColumnProfile;
import io.datamind.profile.TableProfile;
import io.datamind.scan.ColumnSchema;
import io.datamind.scan.TableSchema;
import java.util.List;

/**
 * Offline describer: writes descriptions from names, types, keys and profile statistics. A comment stored in the
 * database is authoritative and is used as-is (source DATABASE); only missing descriptions are written.
 */
public final class HeuristicDescriber implements Describer {

    private final TableSentence tableSentence;
    private final ColumnSentence columnSentence;

    public HeuristicDescriber() {
        this(new TableSentence(), ColumnSentence.standard());
    }

    public HeuristicDescriber(TableSentence tableSentence, ColumnSentence columnSentence) {
        this.tableSentence = tableSentence;
        this.columnSentence = columnSentence;
    }

    @Override
    public TableDescription describe(DescribeRequest request) {
        TableSchema schema = request.schema();
        Description table = hasText(schema.comment())
                ? new Description(schema.comment(), DescriptionSource.DATABASE)
                : new Description(tableSentence.write(schema, request.profile(), request.neighbours()),
                        DescriptionSource.HEURISTIC);
        EntityNoun entity = EntityNoun.fromTableName(schema.table().name());
        List<ColumnDescription> columns = schema.columns().stream()
                .map(c -> new ColumnDescription(c.name(), describe(request, entity, c)))
                .toList();
        return new TableDescription(schema.table(), table, columns);
    }

    private Description describe(DescribeRequest request, EntityNoun entity, ColumnSchema column) {
        if (hasText(column.comment())) {
            return new Description(column.comment(), DescriptionSource.DATABASE);
        }
        return new Description(columnSentence.write(facts(request, entity, column)), DescriptionSource.HEURISTIC);
    }

    private static ColumnFacts facts(DescribeRequest request, EntityNoun entity, ColumnSchema column) {
        TableProfile profile = request.profile();
        ColumnProfile columnProfile = profile == null ? null : profile.column(column.name()).orElse(null);
        boolean sampled = profile != null && profile.sampled();
        return new ColumnFacts(request.schema(), column, columnProfile, sampled, entity,
                NameWords.split(column.name()), References.of(request.schema(), column, request.neighbours()));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
