package io.datamind.scan;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * Which tables to document. Globs match either the bare table name or "schema.table"
 * ({@code sales.*}, {@code *_audit}, {@code tmp_?}); an empty include list means every table.
 * An empty schema list means every non-system schema.
 */
public record TableFilter(List<String> schemas, List<String> include, List<String> exclude) {

    public static final TableFilter ALL = new TableFilter(List.of(), List.of(), List.of());

    public TableFilter {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    public boolean acceptsSchema(String schema) {
        return schemas.isEmpty() || schema == null || schemas.stream().anyMatch(s -> s.equalsIgnoreCase(schema));
    }

    public boolean accepts(TableRef table) {
        if (!acceptsSchema(table.schema())) {
            return false;
        }
        boolean included = include.isEmpty() || include.stream().anyMatch(glob -> matches(glob, table));
        return included && exclude.stream().noneMatch(glob -> matches(glob, table));
    }

    /** The accepted tables, sorted by key: what every catalog reader's listing returns. */
    public List<TableRef> select(List<TableRef> tables) {
        return tables.stream().filter(this::accepts).sorted().toList();
    }

    private static boolean matches(String glob, TableRef table) {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        return matcher.matches(Path.of(table.name())) || matcher.matches(Path.of(table.key()));
    }
}
