package io.factdesk.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of an import file, decoded strictly as UTF-8 (a leading BOM dropped), with two
 * refusals made while reading rather than after a parser has buffered the text: bytes that are not
 * UTF-8, and a record longer than the limit. Both name the line, counted as the parsers count it
 * (CR, LF and CRLF each end one line). A record is a line for JSON Lines; for CSV it runs to the
 * first line break outside a quoted field, with quoting followed as Commons CSV's default format
 * does (a quote opens a field only as its first character, and two quotes inside stand for one).
 * So a parser on top never holds more than one record of at most the limit, whatever the file.
 */
final class Utf8Lines extends Reader {

    /** Why reading stopped, at which line; the readers turn it into "FILE:LINE: …". */
    static final class Refused extends IOException {
        final int line;

        Refused(int line, String reason) {
            super(reason, null);
            this.line = line;
        }
    }

    private enum State { FIELD_START, PLAIN, QUOTED, QUOTE_IN_QUOTED }

    private final InputStream in;
    private final boolean csvQuoting;
    private final int limit;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private boolean eof;
    private boolean flushed;
    private boolean started;
    private Refused pending;
    private State state = State.FIELD_START;
    private boolean afterCr;
    private int line = 1;
    private int recordLine = 1;
    private int recordChars;

    Utf8Lines(InputStream in, boolean csvQuoting, int limit) {
        this.in = in;
        this.csvQuoting = csvQuoting;
        this.limit = limit;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        int n = 0;
        while (n < length && chars.hasRemaining()) {
            char c = chars.get();
            if (!started) {
                started = true;
                if (c == '\uFEFF') {
                    continue;
                }
            }
            if (!accept(c)) {
                // the characters before this one go to the parser first; the next read reports the record
                pending = new Refused(recordLine, "row too long (over " + limit + " characters)");
                chars.position(chars.limit());
                if (n == 0) {
                    throw pending;
                }
                break;
            }
            buffer[offset + n++] = c;
        }
        return n;
    }

    /** Follows records; false when this character takes the current record over the limit. */
    private boolean accept(char c) {
        if (c == '\n' && afterCr) {
            afterCr = false;
            return true;   // the second half of a CRLF: one line end, already counted
        }
        afterCr = c == '\r';
        boolean lineEnd = c == '\r' || c == '\n';
        if (lineEnd) {
            line++;
        }
        if (lineEnd && state != State.QUOTED) {
            state = State.FIELD_START;
            recordChars = 0;
            return true;
        }
        if (csvQuoting) {
            state = switch (state) {
                case FIELD_START -> c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.PLAIN;
                case PLAIN -> c == ',' ? State.FIELD_START : State.PLAIN;
                case QUOTED -> c == '"' ? State.QUOTE_IN_QUOTED : State.QUOTED;
                case QUOTE_IN_QUOTED -> c == '"' ? State.QUOTED : c == ',' ? State.FIELD_START : State.PLAIN;
            };
        }
        if (recordChars == 0) {
            recordLine = line;
        }
        return ++recordChars <= limit;
    }

    /** Decodes the next characters; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (flushed) {
            return false;
        }
        chars.clear();
        try {
            while (true) {
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (eof && result.isUnderflow() && !bytes.hasRemaining()) {
                    result = decoder.flush(chars);
                    flushed = result.isUnderflow();
                }
                if (result.isError()) {
                    // the characters before the bad bytes are counted, so the line is the bad bytes' own
                    for (int i = 0; i < chars.position(); i++) {
                        accept(chars.get(i));
                    }
                    throw pending = new Refused(line, "not valid UTF-8");
                }
                if (flushed) {
                    return chars.position() > 0;
                }
                if (chars.position() > 0 || result.isOverflow()) {
                    return true;
                }
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                eof = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0)).flip();
            }
        } finally {
            chars.flip();
        }
    }

    /** The stream belongs to {@link ImportInput}, which still reads its rest for the hash. */
    @Override
    public void close() {
        // nothing to release here
    }
}
