package com.battlescope.data;

import com.battlescope.model.Stamp;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** Global handler for {@link LocalDateTime}: the engine's text form in, every contract form out. */
public class LocalDateTimeTypeHandler extends BaseTypeHandler<LocalDateTime> {

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, LocalDateTime parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, Stamp.format(parameter));
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return local(StampTypeHandler.toStamp(rs.getObject(columnName), columnName));
    }

    @Override
    public LocalDateTime getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return local(StampTypeHandler.toStamp(rs.getObject(columnIndex), "column " + columnIndex));
    }

    @Override
    public LocalDateTime getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return local(StampTypeHandler.toStamp(cs.getObject(columnIndex), "column " + columnIndex));
    }

    private static LocalDateTime local(Stamp s) {
        return s == null ? null : s.local();
    }
}
