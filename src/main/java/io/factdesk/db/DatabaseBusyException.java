package io.factdesk.db;

import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/** Another writer held the database too long, or the engine gave up on a conflict; the same work may succeed again. */
public final class DatabaseBusyException extends FactdeskException {

    public static final String MESSAGE = "the database is busy; try again";

    private DatabaseBusyException(Throwable cause) {
        super(ExitCode.FAILURE, MESSAGE, cause);
    }

    static DatabaseBusyException of(Throwable cause) {
        return new DatabaseBusyException(cause);
    }
}
