package io.datamind.profile;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The current row of a streaming result set; the driver's own conversions stay in charge. */
final class JdbcProfileRow implements ProfileRow {

    private final ResultSet resultSet;

    JdbcProfileRow(ResultSet resultSet) {
        this.resultSet = resultSet;
    }

    @Override
    public long getLong(int index) throws SQLException {
        return resultSet.getLong(index);
    }

    @Override
    public double getDouble(int index) throws SQLException {
        return resultSet.getDouble(index);
    }

    @Override
    public boolean getBoolean(int index) throws SQLException {
        return resultSet.getBoolean(index);
    }

    @Override
    public String getString(int index) throws SQLException {
        return resultSet.getString(index);
    }

    @Override
    public BigDecimal getBigDecimal(int index) throws SQLException {
        return resultSet.getBigDecimal(index);
    }

    @Override
    public <T> T getObject(int index, Class<T> type) throws SQLException {
        return resultSet.getObject(index, type);
    }

    @Override
    public boolean wasNull() throws SQLException {
        return resultSet.wasNull();
    }
}
