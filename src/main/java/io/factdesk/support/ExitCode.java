package io.factdesk.support;

/** The one table of process exit codes; scripts depend on these numbers. */
public enum ExitCode {
    OK(0),
    FAILURE(1),
    BAD_INPUT(2),
    NOT_FOUND(3);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
