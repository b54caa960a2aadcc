package io.factdesk.db;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/**
 * The server ended the connection under a statement (a restart, an administrator, a broken network). The statement
 * did not run and the server rolled back its transaction, so the same work may be run again on a new connection.
 */
public final class ConnectionLostException extends FactdeskException {

    ConnectionLostException(DatabaseLocation location, Throwable cause) {
        super(ExitCode.FAILURE, "the connection to " + location.shown() + " was lost (the server ended it, or restarted);"
                + " run the command again", cause);
    }
}
