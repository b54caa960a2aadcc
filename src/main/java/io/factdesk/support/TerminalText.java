package io.factdesk.support;

/**
 * Makes text from seeds, notes and names safe to print: control characters and
 * bidirectional overrides are shown as visible escapes, so an ESC from a file can never
 * start an ANSI or OSC sequence on the reviewer's terminal.
 */
public final class TerminalText {

    private TerminalText() {
    }

    /** Escapes every control character, newlines and tabs included: for one-line fields. */
    public static String safe(String text) {
        return escape(text, false);
    }

    /** Like {@link #safe} but keeps newlines and tabs, for multi-line notes. */
    public static String safeMultiline(String text) {
        return escape(text, true);
    }

    private static String escape(String text, boolean keepLayout) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean layout = c == '\n' || c == '\t';
            if (needsEscape(c) && !(keepLayout && layout)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(visible(c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean needsEscape(char c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \\u200B}, or {@code \\u{E0001}} beyond the BMP, so five hex digits never read as four and a letter. */
    public static String codePointEscape(int codePoint) {
        return codePoint > 0xFFFF ? String.format("\\u{%X}", codePoint) : String.format("\\u%04X", codePoint);
    }

    private static String visible(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            case '\u001b' -> "\\e";
            default -> c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c);
        };
    }
}
