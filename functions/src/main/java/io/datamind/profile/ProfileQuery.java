package io.datamind.profile;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.Dialect;
import io.datamind.scan.TableSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The one query that profiles a table: every column's projection in one select list, read in full or
 * through the dialect's sampling clause.
 *
 * @param firstIndexes JDBC index of each column's first expression, in schema order
 */
record ProfileQuery(String sql, boolean sampled, String method, List<Projection> projections, int[] firstIndexes) {

    static final String FULL_SCAN = "full scan";

    /** Expressions in the select list. */
    int width() {
        int width = 0;
        for (Projection projection : projections) {
            width += projection == Projection.LENGTH_AND_PREFIX ? 2 : 1;
        }
        return width;
    }

    static ProfileQuery plan(Dialect dialect, TableSchema schema, ProfileOptions options) {
        return plan(dialect, schema, options, TableSlice.WHOLE);
    }

    /** A sampled slice reads its share of the sample: the sampled rows that fall in its range. */
    static ProfileQuery plan(Dialect dialect, TableSchema schema, ProfileOptions options, TableSlice slice) {
        List<String> selectList = new ArrayList<>();
        List<Projection> projections = new ArrayList<>();
        int[] firstIndexes = new int[schema.columns().size()];
        for (int i = 0; i < schema.columns().size(); i++) {
            ColumnSchema column = schema.columns().get(i);
            Projection projection = Projection.of(column);
            projections.add(projection);
            firstIndexes[i] = selectList.size() + 1;
            selectList.addAll(projection.expressions(dialect, dialect.quote(column.name())));
        }
        String select = String.join(", ", selectList);
        long estimatedRows = schema.rowCount() == null ? 0 : schema.rowCount().value();
        if (options.samples(schema)) {
            Dialect.SampledQuery sample = slice.whole()
                    ? dialect.sampleQuery(select, schema.table(), estimatedRows, options.sampleRows())
                    : dialect.sampleQuery(select, schema.table(), estimatedRows, options.sampleRows(),
                            slice.predicate(), slice.count());
            String method = slice.whole() ? sample.method() : sample.method() + " of " + slice.label();
            return new ProfileQuery(sample.sql(), true, method, projections, firstIndexes);
        }
        String sql = "SELECT " + select + " FROM " + dialect.qualifiedName(schema.table())
                + (slice.whole() ? "" : " WHERE " + slice.predicate());
        return new ProfileQuery(sql, false, slice.whole() ? FULL_SCAN : FULL_SCAN + " of " + slice.label(),
                projections, firstIndexes);
    }
}
