package io.factdesk.review;

import java.util.ArrayList;
import java.util.List;

import org.jline.utils.WCWidth;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Text laid out in terminal columns: wrapped at the places Unicode allows a line break (ICU's line
 * break iterator: between words, and between ideographs in Chinese and Japanese), never inside a
 * word unless the word alone is wider than the line; widths in columns, so a CJK character or an
 * emoji takes two and a combining accent none. Text passed in has already been made safe with
 * {@link io.factdesk.support.TerminalText} (its escapes are plain ASCII).
 */
public final class CardText {

    static final String ELLIPSIS = "…";

    private CardText() {
    }

    /** Columns the text takes on a terminal. */
    static int width(String text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            columns += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return columns;
    }

    /** The text in lines of at most {@code width} columns, broken between words. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return lines;
        }
        int max = Math.max(1, width);
        BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
        breaks.setText(t);
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String segment = t.substring(start, end);
            String word = segment.stripTrailing();
            int wordWidth = width(word);
            if (lineWidth + wordWidth <= max) {
                line.append(segment);
                lineWidth += width(segment);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (wordWidth > max) {
                // A word wider than the line (a long URL): cut between characters, never inside one.
                List<String> pieces = hardSplit(word, max);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                String last = pieces.get(pieces.size() - 1);
                line.append(last).append(segment.substring(word.length()));
                lineWidth = width(line.toString());
            } else {
                line.append(segment);
                lineWidth = width(segment);
            }
        }
        if (!line.toString().isBlank()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Pieces of at most {@code width} columns, cut between user-perceived characters. */
    static List<String> hardSplit(String word, int width) {
        List<String> pieces = new ArrayList<>();
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(word);
        StringBuilder piece = new StringBuilder();
        int pieceWidth = 0;
        for (int start = chars.first(), end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
            String g = word.substring(start, end);
            int w = width(g);
            if (pieceWidth + w > width && !piece.isEmpty()) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.append(g);
            pieceWidth += w;
        }
        if (!piece.isEmpty() || pieces.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The text cut to at most {@code width} columns, ending in "…" when it was cut. */
    static String fit(String text, int width) {
        if (width(text) <= width) {
            return text;
        }
        return cutToWidth(text, Math.max(0, width - 1)) + ELLIPSIS;
    }

    /** The longest start of the text that takes at most {@code width} columns, cut between characters. */
    static String cutToWidth(String text, int width) {
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(text);
        int used = 0;
        int cut = 0;
        for (int start = chars.first(), end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
            used += width(text.substring(start, end));
            if (used > width) {
                break;
            }
            cut = end;
        }
        return text.substring(0, cut).stripTrailing();
    }

    /** The shortest end of the text that leaves it at most {@code width} columns, cut between characters. */
    static String keepEnd(String text, int width) {
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(text);
        int used = 0;
        int cut = text.length();
        for (int end = chars.last(), start = chars.previous(); start != BreakIterator.DONE; end = start, start = chars.previous()) {
            used += width(text.substring(start, end));
            if (used > width) {
                break;
            }
            cut = start;
        }
        return text.substring(cut).stripLeading();
    }
}
