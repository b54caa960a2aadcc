package io.factdesk.support;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of a whole file's bytes that says on which line it failed, so that a refusal can name
 * FILE:LINE as every other refusal of bad input does. Lines are counted as the parsers count them: CR, LF and
 * CRLF each end one. A leading byte order mark (which some editors write "as UTF-8") is no part of the text and
 * is dropped.
 */
public final class Utf8Text {

    /** The bytes are not UTF-8; {@link #line} is the 1-based line of the first byte that is not. */
    public static final class Malformed extends Exception {
        private final int line;

        Malformed(int line) {
            super("not UTF-8 text at line " + line, null, false, false);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private Utf8Text() {
    }

    public static String decode(byte[] bytes) throws Malformed {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 never decodes to more chars than it has bytes.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new Malformed(lineAt(bytes, in.position()));
        }
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The 1-based line that the byte at {@code position} is on. */
    static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }
}
