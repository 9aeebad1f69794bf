package io.datamind.profile;

import java.math.BigDecimal;
import java.sql.SQLException;

/**
 * One row as the column profilers read it: the few {@link java.sql.ResultSet} accessors they use, so that a JDBC
 * result set and a data file's rows feed the same profilers. Indexes are 1-based slots of the profile's projection
 * layout (see {@link Projection}); {@link #wasNull()} refers to the slot read last.
 */
interface ProfileRow {

    long getLong(int index) throws SQLException;

    double getDouble(int index) throws SQLException;

    boolean getBoolean(int index) throws SQLException;

    String getString(int index) throws SQLException;

    BigDecimal getBigDecimal(int index) throws SQLException;

    <T> T getObject(int index, Class<T> type) throws SQLException;

    boolean wasNull() throws SQLException;
}
