package io.factdesk;

import java.io.PrintStream;

/** Lets tests in other packages call main's start-failure report. */
public final class FactdeskApplicationAccess {

    private FactdeskApplicationAccess() {
    }

    public static int reportStartFailure(Throwable e, PrintStream err) {
        return FactdeskApplication.reportStartFailure(e, false, err);
    }
}
