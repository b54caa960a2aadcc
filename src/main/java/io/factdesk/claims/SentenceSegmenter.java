package io.factdesk.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Splits an article into sentences with their offsets. ICU's sentence iterator does the
 * work, with its standard abbreviation suppressions; this class adds what ICU does not
 * know about articles: one block per line, list markers, Markdown markup, and a longer
 * list of abbreviations and initials.
 */
public final class SentenceSegmenter {

    /**
     * Building an iterator with abbreviation suppressions is costly; clones of one prototype are
     * cheap. Loaded on first use: ICU's break data costs a command that splits nothing about a
     * tenth of a second.
     */
    private static final class Prototype {
        static final BreakIterator INSTANCE = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    }

    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+•–—▪◦·]|\\d{1,3}[.)])\\s+");
    private static final Pattern HEADING_MARKER = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern INITIALS = Pattern.compile("(\\p{L}\\.){1,4}");
    private static final Pattern EMPHASISED_QUESTION = Pattern.compile("^(\\*\\*|__|\\*|_)\\S.*[?？]\\1$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "no.", "nos.", "vs.", "v.", "etc.", "e.g.", "i.e.",
            "u.s.", "u.k.", "u.n.", "e.u.", "inc.", "ltd.", "co.", "corp.", "jr.", "sr.", "gen.", "gov.",
            "sen.", "rep.", "lt.", "col.", "capt.", "sgt.", "rev.", "hon.", "pres.", "dept.", "est.", "approx.",
            "fig.", "p.", "pp.", "vol.", "ch.", "art.", "sec.", "cf.", "al.", "jan.", "feb.", "mar.", "apr.",
            "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "a.m.", "p.m.", "ph.d.", "mt.");

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        BreakIterator it = (BreakIterator) Prototype.INSTANCE.clone();
        String[] lines = text.split("\n", -1);
        int offset = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String next = i + 1 < lines.length ? lines[i + 1] : "";
            splitLine(it, line, offset, i + 1, SETEXT_UNDERLINE.matcher(next).matches() && !line.isBlank(), sentences);
            offset += line.length() + 1;
        }
        return sentences;
    }

    private void splitLine(BreakIterator it, String line, int lineOffset, int lineNumber, boolean setextHeading, List<Sentence> out) {
        if (line.isBlank() || SETEXT_UNDERLINE.matcher(line).matches() && !line.strip().startsWith("- ")) {
            return;
        }
        int contentStart = 0;
        boolean heading = setextHeading;
        boolean listItem = false;
        Matcher h = HEADING_MARKER.matcher(line);
        Matcher l = LIST_MARKER.matcher(line);
        if (h.find()) {
            heading = true;
            contentStart = h.end();
        } else if (l.find()) {
            listItem = true;
            contentStart = l.end();
        }
        boolean prompt = !heading && EMPHASISED_QUESTION.matcher(line.substring(contentStart).strip()).matches();
        String content = MarkdownText.hideEmphasis(line.substring(contentStart));
        List<int[]> spans = sentenceSpans(it, content);
        for (int[] span : spans) {
            String raw = content.substring(span[0], span[1]);
            String clean = MarkdownText.plain(raw);
            if (clean.isBlank()) {
                continue;
            }
            int start = lineOffset + contentStart + span[0];
            out.add(new Sentence(start, start + raw.stripTrailing().length(), clean, lineNumber,
                    spans.size() == 1, heading, listItem, prompt));
        }
    }

    private List<int[]> sentenceSpans(BreakIterator it, String content) {
        it.setText(content);
        List<int[]> spans = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = skipSpaces(content, start);
            if (s >= end) {
                continue;
            }
            int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            // Only the last word of the sentence so far is looked at, so a long run of initials ("A. A. A. …")
            // is merged in time proportional to its length.
            if (last != null && (endsWithAbbreviation(content, last[0], last[1]) || insideUrl(content, last[1]))) {
                last[1] = end;
            } else {
                spans.add(new int[] {s, end});
            }
        }
        return spans;
    }

    /**
     * Whether a break at {@code at} falls inside a web address: ICU ends a sentence at a '?' or '!' followed by a
     * letter, which in "https://example.org/a?b=1" is the address's query. Only a word that is an address counts,
     * so that sentences written without spaces between them (Chinese, Japanese) still split.
     */
    static boolean insideUrl(String text, int at) {
        if (at <= 0 || at >= text.length() || isSpace(text.charAt(at - 1)) || isSpace(text.charAt(at))) {
            return false;
        }
        int begin = at;
        while (begin > 0 && !isSpace(text.charAt(begin - 1))) {
            begin--;
        }
        return URL_START.matcher(text).region(begin, at).find();
    }

    private static final Pattern URL_START = Pattern.compile("(?i)\\b(?:https?|ftp)://|\\bwww\\.");

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether the last word of {@code text[from, to)} is an abbreviation or initials that rarely end a sentence. */
    static boolean endsWithAbbreviation(String text, int from, int to) {
        int end = to;
        while (end > from && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > from && !isSpace(text.charAt(begin - 1))) {
            begin--;
        }
        if (begin == end) {
            return false;
        }
        // Opening brackets and quotes before the word are not part of it ("(Mr.", "“U.S.").
        int word = begin;
        while (word < end && isOpening(text.charAt(word))) {
            word++;
        }
        String token = text.substring(word, end);
        String lower = token.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        // A single initial ("J.") or a run of initials ("U.S.A.") rarely ends a sentence.
        return lower.length() <= 8 && INITIALS.matcher(lower).matches() && Character.isUpperCase(token.charAt(0));
    }

    /** The whitespace of a regex's {@code \\s}: what separates words in a line. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isOpening(char c) {
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || c == '"' || c == '\'' || c == '*' || c == '_';
    }
}
