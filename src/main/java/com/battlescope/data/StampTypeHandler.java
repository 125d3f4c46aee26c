package com.battlescope.data;

import com.battlescope.model.Stamp;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Reads every time form of the data contract (text as Python writes it, ISO forms, legacy epoch numbers)
 * and writes the engine's exact text. sqlite-jdbc's own timestamp reading misreads microseconds.
 */
public class StampTypeHandler extends BaseTypeHandler<Stamp> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Stamp parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, parameter.engineText());
    }

    @Override
    public Stamp getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toStamp(rs.getObject(columnName), columnName);
    }

    @Override
    public Stamp getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toStamp(rs.getObject(columnIndex), "column " + columnIndex);
    }

    @Override
    public Stamp getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toStamp(cs.getObject(columnIndex), "column " + columnIndex);
    }

    static Stamp toStamp(Object value, String column) throws SQLException {
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return Stamp.ofEpoch(n.longValue());
        }
        try {
            return Stamp.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw new SQLException("unreadable time in " + column + ": '" + value + "'", e);
        }
    }
}
