package com.battlescope.data;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Set;

/** Connects to a server battle, asking for a password only when the server wants one it did not get. */
final class PgLogin {
    /** invalid_password, invalid_authorization_specification, and the driver's "no password was provided". */
    private static final Set<String> PASSWORD_STATES = Set.of("28P01", "28000", "08004");

    private PgLogin() {
    }

    static PgDatabase open(ServerAddress address, BattleSource.PasswordPrompt prompt) {
        try {
            return PgDatabase.open(address, null);
        } catch (DataAccessException e) {
            if (!wantsPassword(e) || prompt == null) {
                throw e;
            }
            char[] password = prompt.password(address, address.user() == null ? System.getProperty("user.name")
                    : address.user());
            if (password == null) {
                throw e;
            }
            try {
                return PgDatabase.open(address, password);
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    static boolean wantsPassword(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && PASSWORD_STATES.contains(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
