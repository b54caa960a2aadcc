package io.factdesk.db;

import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** SQLite's result codes, from an exception or its causes. */
final class SqliteErrors implements ErrorClassifier {
    @Override
    public DatabaseError classify(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException s ? s.getResultCode() : null;
        if (code == null) {
            return DatabaseError.OTHER;
        }
        String name = code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return DatabaseError.BUSY;
        }
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE || code == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
            return DatabaseError.UNIQUE_VIOLATION;
        }
        // the append-only triggers RAISE(ABORT), which SQLite reports as a trigger constraint
        if (code == SQLiteErrorCode.SQLITE_CONSTRAINT_TRIGGER) {
            return DatabaseError.RULE_REFUSED;
        }
        return DatabaseError.OTHER;
    }

    static SQLiteErrorCode codeOf(Throwable e) {
        SQLiteException s = io.factdesk.support.Causes.first(e, SQLiteException.class);
        return s == null ? null : s.getResultCode();
    }

    static boolean isDamaged(SQLException e) {
        SQLiteErrorCode code = codeOf(e);
        return code == SQLiteErrorCode.SQLITE_NOTADB || code != null && code.name().startsWith("SQLITE_CORRUPT");
    }

    static String damage(SQLException e) {
        return codeOf(e) == SQLiteErrorCode.SQLITE_NOTADB ? "file is not a database" : "database disk image is malformed";
    }
}
