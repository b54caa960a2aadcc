package io.factdesk.support;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * Lengths and cuts of user text in code points, the unit every limit and message uses: a Java
 * {@code String.length()} counts UTF-16 units, so an emoji would count twice. Cuts fall between
 * user-perceived characters (ICU grapheme clusters), never inside an emoji sequence or a letter
 * with its accents.
 */
public final class CodePoints {

    private CodePoints() {
    }

    public static int count(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /** The text itself when it has at most {@code max} code points, else its start with "…" (max in all). */
    public static String shorten(String text, int max) {
        if (text == null || count(text) <= max) {
            return text;
        }
        return cutBefore(text, max - 1) + "…";
    }

    /** The longest start of the text of at most {@code max} code points that ends at a grapheme boundary. */
    public static String cutBefore(String text, int max) {
        if (count(text) <= max) {
            return text;
        }
        int limit = text.offsetByCodePoints(0, Math.max(0, max));
        BreakIterator graphemes = BreakIterator.getCharacterInstance();
        graphemes.setText(text);
        int end = graphemes.preceding(limit + 1);
        return text.substring(0, end == BreakIterator.DONE ? 0 : end);
    }

    /** Space or a character that shows nothing on its own: whitespace, Default_Ignorable (U+200B, U+3164 …), braille blank. */
    public static boolean isBlank(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.WHITE_SPACE) || Character.isSpaceChar(cp)
                || Character.isWhitespace(cp) || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || cp == 0x2800;
    }

    /** "U+3164 HANGUL FILLER": a code point named for a message. */
    public static String describe(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X", cp) + (name == null ? "" : " " + name);
    }
}
