package io.datamind.scan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The scan step: which tables to document, and what the catalog says about each of them. */
public final class SchemaScanner {

    private final JdbcSource source;
    private final CatalogReader reader;

    public SchemaScanner(JdbcSource source) {
        this.source = source;
        this.reader = source.dialect().catalogReader(source.statementTimeoutSeconds());
    }

    /**
     * Tables and views the source's filter accepts, sorted by key.
     *
     * @throws SourceAccessException UNKNOWN_SCHEMA when a requested schema does not exist, NO_TABLES when nothing matched
     */
    public List<TableRef> listTables() {
        TableFilter filter = source.config().filter();
        try (Connection connection = source.connect()) {
            requireKnownSchemas(connection, filter);
            List<TableRef> tables = reader.listTables(connection, filter).stream().sorted().toList();
            if (tables.isEmpty()) {
                throw new SourceAccessException(SourceAccessException.Reason.NO_TABLES,
                        "no table or view at " + source.config().redactedUrl() + " matches " + describe(filter), null);
            }
            return tables;
        } catch (SQLException e) {
            throw new CatalogReadException("cannot list the tables at " + source.config().redactedUrl()
                    + ": " + e.getMessage(), e);
        }
    }

    public TableSchema scan(TableRef table) {
        try (Connection connection = source.connect()) {
            return reader.readTable(connection, table);
        } catch (SQLException e) {
            throw new CatalogReadException("cannot read the catalog of " + table.key() + ": " + e.getMessage(), e);
        }
    }

    /** The table's catalog and its fingerprint, read on one connection. */
    public Scanned scanWithFingerprint(TableRef table) {
        try (Connection connection = source.connect()) {
            TableSchema schema = reader.readTable(connection, table);
            return new Scanned(schema, TableFingerprints.of(schema, reader.dataMarker(connection, schema)));
        } catch (SQLException e) {
            throw new CatalogReadException("cannot read the catalog of " + table.key() + ": " + e.getMessage(), e);
        }
    }

    /** A scanned table and its fingerprint. */
    public record Scanned(TableSchema schema, TableFingerprint fingerprint) {
    }

    private void requireKnownSchemas(Connection connection, TableFilter filter) throws SQLException {
        if (filter.schemas().isEmpty()) {
            return;
        }
        List<String> existing = reader.listSchemas(connection);
        Set<String> known = existing.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> unknown = filter.schemas().stream()
                .filter(s -> !known.contains(s.toLowerCase(Locale.ROOT)))
                .toList();
        if (!unknown.isEmpty()) {
            throw new SourceAccessException(SourceAccessException.Reason.UNKNOWN_SCHEMA,
                    (unknown.size() == 1 ? "schema " : "schemas ") + quoted(unknown) + " not found at "
                            + source.config().redactedUrl() + "; existing schemas: " + String.join(", ", existing),
                    null);
        }
    }

    private static String describe(TableFilter filter) {
        StringBuilder text = new StringBuilder("the filter");
        text.append(filter.schemas().isEmpty() ? " (all schemas" : " (schemas " + quoted(filter.schemas()));
        if (!filter.include().isEmpty()) {
            text.append(", include ").append(quoted(filter.include()));
        }
        if (!filter.exclude().isEmpty()) {
            text.append(", exclude ").append(quoted(filter.exclude()));
        }
        return text.append(')').toString();
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
    }
}
