package io.factdesk.claims;

import java.util.regex.Pattern;

/** Reduces a line of Markdown to the plain text a reader sees. */
final class MarkdownText {

    /*
     * Every repeated part has an upper bound (longer than any real link text or URL), so that a line full of
     * unclosed links ("[a](" thousands of times) costs time in proportion to its length: an unbounded part would
     * scan to the end of the line from every opening bracket. No group repeats without a bound either, since
     * java.util.regex recurses once per repetition of a group.
     */
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]{0,1000}+)\\]\\([^)]{0,2048}+\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{1,1000}+)\\]\\((?:[^()]{1,2048}+|\\([^)]{0,2048}+\\)){0,8}\\)");
    private static final Pattern CODE = Pattern.compile("`([^`]++)`");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private MarkdownText() {
    }

    /** What {@link #hideEmphasis} puts in place of a marker: a format character, which sentence rules skip. */
    static final char HIDDEN = '\u200B';

    /**
     * The line with its bold and italic markers hidden (each becomes {@link #HIDDEN}): same length,
     * so offsets still point into the file, and emphasis that runs over several sentences
     * ("*late. Very late.*") leaves no marker for the sentence splitter to put in the wrong one.
     */
    static String hideEmphasis(String line) {
        if (line.indexOf('*') < 0 && line.indexOf('_') < 0) {
            return line;
        }
        char[] b = line.toCharArray();
        int[] lineBreak = nextLineBreak(b);
        // Strong emphasis first, then emphasis over what is left; each pass goes once along the line.
        hide(b, lineBreak, true);
        hide(b, lineBreak, false);
        return new String(b);
    }

    /*
     * Strong: "**" or "__", a character that is not a space, then the shortest run up to a non-space character
     * followed by the same marker (as the regex (\*\*|__)(?=\S)(.+?)(?<=\S)\1 finds it). Emphasis: "*" or
     * "_" not after a letter, digit or "*", then likewise, with the closing marker not before a letter, digit
     * or "*" (the character before is looked at alone, as the regex's lookbehind does). Neither runs over a line break. Where each marker's nearest possible closing is worked out from
     * the end of the line first, so that a line of thousands of unclosed markers ("**a **a …") is not scanned
     * again from each of them. Hiding a pair only changes characters before the point the search goes on from.
     */
    private static void hide(char[] b, int[] lineBreak, boolean strong) {
        int width = strong ? 2 : 1;
        int[] starClose = closings(b, '*', strong);
        int[] lineClose = closings(b, '_', strong);
        int i = 0;
        while (i + width < b.length) {
            char m = b[i];
            boolean opens = (m == '*' || m == '_') && (!strong || b[i + 1] == m)
                    && (strong || i == 0 || !wordOrStar(b[i - 1]))
                    && !isSpace(b[i + width]);
            int from = i + width + 1;
            int close = opens && from < b.length ? (m == '*' ? starClose : lineClose)[from] : -1;
            if (close < 0 || lineBreak[i + width] < close) {
                i++;
                continue;
            }
            for (int k = 0; k < width; k++) {
                b[i + k] = HIDDEN;
                b[close + k] = HIDDEN;
            }
            i = close + width;
        }
    }

    /** For each position, the nearest position at or after it where a marker {@code m} can close, or -1. */
    private static int[] closings(char[] b, char m, boolean strong) {
        int[] next = new int[b.length + 1];
        next[b.length] = -1;
        for (int e = b.length - 1; e >= 0; e--) {
            boolean closes = e > 0 && b[e] == m && !isSpace(b[e - 1]) && (strong
                    ? e + 1 < b.length && b[e + 1] == m
                    : e + 1 == b.length || !wordOrStar(Character.codePointAt(b, e + 1)));
            next[e] = closes ? e : next[e + 1];
        }
        return next;
    }

    /** For each position, the nearest line terminator at or after it (where a regex's '.' stops), or the length. */
    private static int[] nextLineBreak(char[] b) {
        int[] next = new int[b.length + 1];
        next[b.length] = b.length;
        for (int i = b.length - 1; i >= 0; i--) {
            char c = b[i];
            boolean lineBreak = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
            next[i] = lineBreak ? i : next[i + 1];
        }
        return next;
    }

    /** A regex's {@code \\s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean wordOrStar(int codePoint) {
        return Character.isLetter(codePoint) || (codePoint >= '0' && codePoint <= '9') || codePoint == '*';
    }

    /** The plain text of a span of a line that went through {@link #hideEmphasis}, which took its emphasis. */
    static String plain(String markdown) {
        String s = IMAGE.matcher(markdown.replace(String.valueOf(HIDDEN), "")).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
