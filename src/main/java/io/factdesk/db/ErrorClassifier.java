package io.factdesk.db;

import java.sql.SQLException;

/** Tells an engine's errors apart by their codes (SQLState or result code), never by their message text. */
public interface ErrorClassifier {

    DatabaseError classify(SQLException e);

    /** The first SQL error in a chain of causes, classified; OTHER when there is none. */
    default DatabaseError classifyChain(Throwable thrown) {
        return io.factdesk.support.Causes.chain(thrown).filter(SQLException.class::isInstance)
                .map(t -> classify((SQLException) t)).filter(kind -> kind != DatabaseError.OTHER)
                .findFirst().orElse(DatabaseError.OTHER);
    }
}
