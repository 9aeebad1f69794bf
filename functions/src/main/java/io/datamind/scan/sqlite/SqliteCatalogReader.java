package io.datamind.scan.sqlite;

import io.datamind.scan.CatalogReader;
import io.datamind.scan.TableFilter;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

// PLACEHOLDER: being implemented now; replaced before the first commit.
public final class SqliteCatalogReader implements CatalogReader {

    @Override
    public List<TableRef> listTables(Connection connection, TableFilter filter) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public TableSchema readTable(Connection connection, TableRef table) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public List<String> listSchemas(Connection connection) throws SQLException {
        throw new UnsupportedOperationException("not yet");
    }
}
