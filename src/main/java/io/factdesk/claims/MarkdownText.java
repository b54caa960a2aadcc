package io.factdesk.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reduces a line of Markdown to the plain text a reader sees. */
final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\d*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\p{L}\\d*])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
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
        StringBuilder b = new StringBuilder(line);
        for (Pattern p : new Pattern[] {STRONG, EMPHASIS}) {
            Matcher m = p.matcher(b);
            while (m.find()) {
                int marker = m.group(1).length();
                for (int i = 0; i < marker; i++) {
                    b.setCharAt(m.start() + i, HIDDEN);
                    b.setCharAt(m.end() - 1 - i, HIDDEN);
                }
            }
        }
        return b.toString();
    }

    /** The plain text of a span of a line that went through {@link #hideEmphasis}, which took its emphasis. */
    static String plain(String markdown) {
        String s = IMAGE.matcher(markdown.replace(String.valueOf(HIDDEN), "")).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
