package io.factdesk.claims;

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

    static String plain(String markdown) {
        String s = IMAGE.matcher(markdown).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
