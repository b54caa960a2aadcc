package io.factdesk.support;

/**
 * A failure whose message is meant for the user as it stands: one line that says what
 * was wrong and where. Anything else that escapes a command is a bug or an environment
 * problem and is reported as such by {@link ErrorReporter}.
 */
public class FactdeskException extends RuntimeException {

    private final ExitCode exitCode;

    public FactdeskException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public FactdeskException(ExitCode exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public static FactdeskException badInput(String message) {
        return new FactdeskException(ExitCode.BAD_INPUT, message);
    }

    public static FactdeskException notFound(String message) {
        return new FactdeskException(ExitCode.NOT_FOUND, message);
    }

    /** Conflicting state shares exit code 3 with "not found": the thing asked for is not there as asked. */
    public static FactdeskException conflict(String message) {
        return new FactdeskException(ExitCode.NOT_FOUND, message);
    }

    public static FactdeskException failure(String message, Throwable cause) {
        return new FactdeskException(ExitCode.FAILURE, message, cause);
    }
}
