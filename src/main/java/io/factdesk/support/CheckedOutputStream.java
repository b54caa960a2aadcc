package io.factdesk.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * An output stream whose failures are not lost: an {@link IOException} becomes an
 * {@link OutputFailure}, which the PrintWriter on top does not catch. After the first
 * failure every write and flush fails the same way, so a later one cannot hide it.
 */
public final class CheckedOutputStream extends OutputStream {

    private final OutputStream out;
    private final String target;
    private OutputFailure failure;

    /** @param target how the destination is named in the error: "standard output", a file name */
    public CheckedOutputStream(OutputStream out, String target) {
        this.out = out;
        this.target = target;
    }

    /** A UTF-8 PrintWriter over the stream whose failed writes throw {@link OutputFailure}. */
    public static PrintWriter printWriter(OutputStream out, String target, boolean autoFlush) {
        return new PrintWriter(new OutputStreamWriter(new CheckedOutputStream(out, target), StandardCharsets.UTF_8), autoFlush);
    }

    @Override
    public void write(int b) {
        check();
        try {
            out.write(b);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        check();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() {
        check();
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    /** After a failure, closing only releases the stream: the failure was thrown where it happened. */
    @Override
    public void close() {
        try {
            if (failure == null) {
                flush();
            }
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                if (failure == null) {
                    throw fail(e);
                }
            }
        }
    }

    private void check() {
        if (failure != null) {
            // A new instance each time: try-with-resources cannot add an exception to itself as suppressed.
            throw new OutputFailure(target, (IOException) failure.getCause());
        }
    }

    private OutputFailure fail(IOException e) {
        failure = new OutputFailure(target, e);
        return failure;
    }
}
