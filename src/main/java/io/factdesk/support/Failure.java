package io.factdesk.support;

/** What the user is told when a command fails, and the exit code that goes with it. */
public record Failure(ExitCode exitCode, String message, Throwable cause) {

    /** A failure that needs no words: the reader of standard output went away (| head -1). */
    public boolean quiet() {
        return cause instanceof OutputFailure o && o.brokenPipe();
    }
}
