package io.factdesk.support;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper: pretty-printed, field order as declared in the records. Its output can be
 * pasted into an HTML {@code <script>} element (ClaimReview JSON-LD is) and shown in a terminal:
 * {@code < > &}, line and paragraph separators and invisible format characters such as bidi
 * overrides are written as {@code \\uXXXX}, which every JSON reader turns back into the same text.
 */
public final class Json {

    public static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder().characterEscapes(new SafeEscapes()).build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    /** Parts of Jackson's messages that describe its own input source, not the user's file: "(start marker at [Source: …])". */
    private static final java.util.regex.Pattern SOURCE_NOTE = java.util.regex.Pattern.compile("\\s*\\(start marker at \\[Source:.*?]\\)");

    /** A parse error's reason as a reader of their own file can use it: its first line, without Jackson's source notes. */
    public static String reason(tools.jackson.core.JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
        return SOURCE_NOTE.matcher(message).replaceAll("");
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Streams the value to the writer; an Iterable inside is written element by element. */
    public static void write(Object value, java.io.Writer out) {
        MAPPER.writer().without(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).writeValue(out, value);
    }

    /** {@code </script>}, {@code <!--} and {@code &} entities cannot form; nothing invisible reorders the text. */
    static final class SafeEscapes extends CharacterEscapes {

        private static final long serialVersionUID = 1L;
        private static final int[] ASCII = standardAsciiEscapesForJSON();

        static {
            ASCII['<'] = ESCAPE_STANDARD;
            ASCII['>'] = ESCAPE_STANDARD;
            ASCII['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ASCII;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // C1 controls (U+0080-U+009F) too: U+009B is a terminal's CSI when the file is printed.
            boolean invisible = Character.getType(ch) == Character.FORMAT || Character.getType(ch) == Character.CONTROL
                    || ch == '\u2028' || ch == '\u2029';
            return invisible ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
