package io.factdesk.support;

import org.springframework.stereotype.Component;

/**
 * Ctrl-C pressed while a command of the interactive shell runs. The shell stays (the key used to end the whole
 * process); a long command that writes all or nothing (a workbench copy, an import) checks between its pieces and
 * stops there, with nothing of it kept; any other command runs to its end.
 */
@Component
public class StopRequest {

    private volatile boolean requested;

    /** At the start of each command: a Ctrl-C pressed during the one before is not this one's. */
    public void clear() {
        requested = false;
    }

    /** From the terminal's interrupt signal, on another thread. */
    public void request() {
        requested = true;
    }

    /** Ends the work in hand, with one line, if Ctrl-C was pressed since the command began. */
    public void check(String what) {
        if (requested) {
            throw FactdeskException.conflict(what + " stopped (Ctrl-C); nothing of it was kept");
        }
    }
}
