package io.datamind.pipeline;

import io.datamind.docs.SourceInfo;
import io.datamind.scan.JdbcSource;
import io.datamind.scan.SchemaScanner;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** Lists the tables to document and describes the source itself. */
public final class PlanStep {

    private final JdbcSource source;
    private final SchemaScanner scanner;

    public PlanStep(JdbcSource source, SchemaScanner scanner) {
        this.source = source;
        this.scanner = scanner;
    }

    public Plan plan(String sourceName) {
        SourceInfo info = describeSource(sourceName);
        return new Plan(info, scanner.listTables());
    }

    private SourceInfo describeSource(String sourceName) {
        try (Connection connection = source.connect()) {
            DatabaseMetaData meta = connection.getMetaData();
            String name = sourceName != null ? sourceName : defaultName(connection);
            return new SourceInfo(name, source.dialect().id(), source.config().redactedUrl(),
                    meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database's metadata: " + e.getMessage(), e);
        }
    }

    private String defaultName(Connection connection) throws SQLException {
        String catalog = connection.getCatalog();
        if (catalog != null && !catalog.isBlank()) {
            return catalog;
        }
        String url = source.config().jdbcUrl();
        String path = url.replaceFirst("^jdbc:[a-z0-9]+:(file:)?", "").replaceFirst("[?;].*$", "");
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.isBlank() ? source.dialect().id() : file;
    }
}
