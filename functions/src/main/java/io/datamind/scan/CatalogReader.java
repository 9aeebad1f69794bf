package io.datamind.scan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Reads one database's catalog into the schema model (one implementation per database). */
public interface CatalogReader {

    /** Tables and views the filter accepts, system schemas excluded, partitions folded into their parent. */
    List<TableRef> listTables(Connection connection, TableFilter filter) throws SQLException;

    /** Everything the catalog knows about one table; throws when the table does not exist. */
    TableSchema readTable(Connection connection, TableRef table) throws SQLException;

    /** Schema names that exist, to tell the user when a requested schema is unknown. */
    List<String> listSchemas(Connection connection) throws SQLException;
}
