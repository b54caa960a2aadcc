package io.factdesk.support;

import java.io.IOException;
import java.io.OutputStream;

/** Streams that fail the way a full disk or a vanished reader does, counting the writes that got through. */
public final class FailingStreams {

    private FailingStreams() {
    }

    /** Accepts {@code goodBytes} bytes, then fails every write and flush with {@code reason}. */
    public static final class After extends OutputStream {
        private final long goodBytes;
        private final String reason;
        public long written;
        public int failedCalls;

        public After(long goodBytes, String reason) {
            this.goodBytes = goodBytes;
            this.reason = reason;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > goodBytes) {
                failedCalls++;
                throw new IOException(reason);
            }
            written += len;
        }
    }

    public static OutputStream full() {
        return new After(0, "No space left on device");
    }

    public static OutputStream brokenPipe() {
        return new After(0, "Broken pipe");
    }
}
