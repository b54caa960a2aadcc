package io.factdesk.support;

/** What the user is told when a command fails, and the exit code that goes with it. */
public record Failure(ExitCode exitCode, String message, Throwable cause) {
}
