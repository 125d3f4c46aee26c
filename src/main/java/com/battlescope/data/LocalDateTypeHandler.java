package com.battlescope.data;

import com.battlescope.model.Stamp;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Dates as {@code YYYY-MM-DD} text, as Python's sqlite3 adapter writes them. */
public class LocalDateTypeHandler extends BaseTypeHandler<LocalDate> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, LocalDate parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, parameter.toString());
    }

    @Override
    public LocalDate getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return date(rs.getObject(columnName), columnName);
    }

    @Override
    public LocalDate getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return date(rs.getObject(columnIndex), "column " + columnIndex);
    }

    @Override
    public LocalDate getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return date(cs.getObject(columnIndex), "column " + columnIndex);
    }

    private static LocalDate date(Object value, String column) throws SQLException {
        Stamp s = StampTypeHandler.toStamp(value, column);
        return s == null ? null : s.date();
    }
}
