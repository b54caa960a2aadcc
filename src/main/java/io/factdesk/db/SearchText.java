package io.factdesk.db;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * The words a text is found by, the same on every engine: each engine's full-text index is given this
 * folded text rather than the text itself, and a search folds what was typed the same way. Left to
 * themselves, SQLite's unicode61 and PostgreSQL's unaccent fold different letters (đ, ß, æ, full-width
 * digits) and break words at different characters, so one search found different claims on the two.
 *
 * <p>Folding: compatibility forms become their plain letters (full-width digits, ligatures); case is
 * dropped; accents are dropped from Latin and Greek letters, and the Latin letters that have no accent to
 * drop but are typed without one (đ, ø, ł, ß, æ, œ, þ; Cyrillic ё) become the letters people type; every run of
 * characters that are not letters, digits or marks becomes one space. Marks stay on the scripts whose
 * marks are part of the letter (Devanagari's vowel signs, for one).
 */
public final class SearchText {

    private static final Map<Integer, String> PLAIN_LATIN = Map.ofEntries(
            Map.entry((int) 'đ', "d"), Map.entry((int) 'ð', "d"), Map.entry((int) 'ħ', "h"), Map.entry((int) 'ı', "i"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'ø', "o"), Map.entry((int) 'ŧ', "t"), Map.entry((int) 'ƀ', "b"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'œ', "oe"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'ſ', "s"), Map.entry((int) 'ς', "σ"));

    /**
     * The longest word kept, in characters; the rest of a longer one is dropped. PostgreSQL leaves a word of more
     * than 2,047 bytes out of its index altogether, SQLite keeps it: cut to this, a word is under that limit in any
     * script, and a search for the whole long word is cut the same way.
     */
    static final int LONGEST_WORD = 200;

    private SearchText() {
    }

    /** The folded words of {@code text}, separated by single spaces; empty when it has none. */
    public static String fold(String text) {
        String compatible = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // ё is written е as often as not; its mark is a Cyrillic one, which the marks rule below keeps
        String decomposed = Normalizer.normalize(compatible.replace('ё', 'е'), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        Character.UnicodeScript base = Character.UnicodeScript.COMMON;
        boolean space = true;
        int wordLength = 0;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK;
            if (mark) {
                if (!space && wordLength <= LONGEST_WORD && base != Character.UnicodeScript.LATIN
                        && base != Character.UnicodeScript.GREEK) {
                    out.appendCodePoint(c);
                }
                continue;
            }
            if (Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER) {
                base = Character.UnicodeScript.of(c);
                wordLength = space ? 1 : wordLength + 1;
                if (wordLength <= LONGEST_WORD) {
                    out.append(PLAIN_LATIN.getOrDefault(c, Character.toString(c)));
                }
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
