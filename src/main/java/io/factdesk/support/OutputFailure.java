package io.factdesk.support;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * A write that did not reach its destination: a full disk, standard output closed, full or
 * gone. {@link java.io.PrintWriter} and {@link java.io.PrintStream} would swallow it; this
 * unchecked exception passes through them, so the command stops and exits 1.
 */
public final class OutputFailure extends FactdeskException {

    private final boolean brokenPipe;

    public OutputFailure(String target, IOException cause) {
        super(ExitCode.FAILURE, "cannot write " + target + ": " + reason(cause), cause);
        this.brokenPipe = cause != null && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    /**
     * The reader went away ({@code | head -1}): nothing on the other end wants more, so the
     * command stops quietly, as Unix tools do on SIGPIPE, with exit code 1 and no message.
     */
    public boolean brokenPipe() {
        return brokenPipe;
    }

    /** The operating system's reason in words, without the path that file exceptions repeat. */
    public static String reason(IOException e) {
        if (e == null) {
            return "the write failed";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return TerminalText.safe(fs.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : TerminalText.safe(e.getMessage());
    }
}
