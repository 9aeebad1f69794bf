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

    /**
     * Cheap evidence that a table's rows did not change since an earlier scan, for {@link TableFingerprint}: by
     * default its exact row count when the scan counted it, none for views (their rows follow other tables).
     * Databases with modification counters or timestamps override this.
     *
     * @return null when the database exposes nothing reliable for this table
     */
    default String dataMarker(Connection connection, TableSchema schema) throws SQLException {
        return schema.kind() == TableKind.VIEW ? null : TableFingerprints.exactRowCount(schema.rowCount());
    }
}
