package com.battlescope.data;

import java.sql.SQLException;

/** A driver error from {@link Jdbc}, unchecked; its message is the driver's, for {@link DataErrors#translate}. */
public final class JdbcException extends RuntimeException {
    JdbcException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
