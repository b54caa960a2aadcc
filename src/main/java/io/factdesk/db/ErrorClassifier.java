package io.factdesk.db;

import java.sql.SQLException;

/** Tells an engine's errors apart by their codes (SQLState or result code), never by their message text. */
public interface ErrorClassifier {

    DatabaseError classify(SQLException e);

    /** The first SQL error in a chain of causes, classified; OTHER when there is none. */
    default DatabaseError classifyChain(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                DatabaseError kind = classify(s);
                if (kind != DatabaseError.OTHER) {
                    return kind;
                }
            }
        }
        return DatabaseError.OTHER;
    }
}
