package io.factdesk.db;

import java.sql.SQLException;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/**
 * The database refused a statement for the connected role: a grant it lacks, or a rule kept by role (an editor's
 * step). The server's reason is shown, with who was refused; what each role may do is the owner's to grant.
 */
public final class NotPermittedException extends FactdeskException {

    NotPermittedException(DatabaseLocation location, SQLException cause) {
        super(ExitCode.FAILURE, "the database " + location.shown() + " refused this for user " + user(location) + ": "
                + serverMessage(cause) + " (the database's owner grants what each role may do;"
                + " README, Team set-up)", cause);
    }

    private static String user(DatabaseLocation location) {
        return location instanceof DatabaseLocation.PostgresServer server
                ? io.factdesk.support.TerminalText.safe(server.user()) : "?";
    }

    /** The server's own sentence, without the driver's "ERROR: " before it and the lines after it. */
    private static String serverMessage(SQLException e) {
        return Database.firstLine(e.getMessage()).replaceFirst("^ERROR:\\s*", "");
    }
}
