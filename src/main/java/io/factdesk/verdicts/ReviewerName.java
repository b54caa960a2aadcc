package io.factdesk.verdicts;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.factdesk.support.CodePoints;
import io.factdesk.support.FactdeskException;

/**
 * Who decided: one person is one name. Every way a name comes in (--reviewer, the reviewer
 * command, FACTDESK_REVIEWER, the review's prompt, import rows and --reviewer, export's filter)
 * builds this record, so the rules below hold for all of them:
 * <ul>
 * <li>Unicode NFC, so "Nguyễn" typed with a precomposed ễ and with e + two combining marks is one
 * reviewer;</li>
 * <li>spaces and invisible characters at either end are trimmed, and any run of spaces inside
 * (no-break space, ideographic space …) becomes one ordinary space;</li>
 * <li>a name with nothing visible (only spaces, U+3164 HANGUL FILLER, U+2800 BRAILLE PATTERN BLANK,
 * U+200B, U+115F, U+FFA0 …) is refused, as is an invisible character inside a name, which would
 * make two names that look the same. Zero-width joiner and non-joiner are allowed between two
 * visible characters (emoji sequences such as 👩‍💻, Persian and Indic spelling), variation
 * selectors after a visible character, and tag characters in a flag sequence;</li>
 * <li>1–100 code points; no control characters.</li>
 * </ul>
 */
public record ReviewerName(String value) {

    public static final int MAX_LENGTH = 100;

    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;
    private static final int BLACK_FLAG = 0x1F3F4;

    public ReviewerName {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw FactdeskException.badInput("reviewer name is empty");
        }
        String canonical = canonical(text);
        if (canonical.isEmpty() || !hasVisibleCharacter(canonical)) {
            throw FactdeskException.badInput("reviewer name has no visible characters, only " + described(text));
        }
        int length = CodePoints.count(canonical);
        if (length > MAX_LENGTH) {
            throw FactdeskException.badInput("reviewer name is " + length + " characters; at most " + MAX_LENGTH);
        }
        String problem = problem(canonical);
        if (problem != null) {
            throw FactdeskException.badInput("reviewer name " + problem);
        }
        value = canonical;
    }

    /**
     * The form a name is stored and compared in: NFC, trimmed of spaces and invisible characters at
     * either end, inner runs of spaces as one space. Never fails, so it can also be applied to names
     * already in the log (written before these rules) when grouping verdicts by reviewer.
     */
    public static String canonical(String name) {
        if (name == null) {
            return "";
        }
        String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
        int[] cps = nfc.codePoints().toArray();
        int from = 0;
        int to = cps.length;
        while (from < to && CodePoints.isBlank(cps[from])) {
            from++;
        }
        while (to > from && CodePoints.isBlank(cps[to - 1]) && !attached(cps, from, to - 1)) {
            to--;
        }
        StringBuilder out = new StringBuilder(nfc.length());
        boolean inSpace = false;
        for (int i = from; i < to; i++) {
            int cp = cps[i];
            if (isSpace(cp)) {
                inSpace = true;
                continue;
            }
            if (inSpace) {
                out.append(' ');
                inSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /**
     * Whether the invisible character at {@code i} belongs to the visible one before it: a variation
     * selector (❤️) or the tag characters of a flag (🏴 + tags), which trimming must leave alone.
     */
    private static boolean attached(int[] cps, int from, int i) {
        if (isVariationSelector(cps[i])) {
            return i > from && isVisible(cps[i - 1]);
        }
        int j = i;
        while (j > from && isTag(cps[j])) {
            j--;
        }
        return j < i && cps[j] == BLACK_FLAG;
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0020 && cp <= 0xE007F;
    }

    /** Whether two stored names are the same reviewer. */
    public static boolean same(String a, String b) {
        return a != null && b != null && (a.equals(b) || canonical(a).equals(canonical(b)));
    }

    private static boolean isSpace(int cp) {
        return Character.isSpaceChar(cp) || (Character.isWhitespace(cp) && Character.getType(cp) != Character.CONTROL);
    }

    private static boolean hasVisibleCharacter(String name) {
        return name.codePoints().anyMatch(cp -> !CodePoints.isBlank(cp) && !isMark(cp)
                && Character.getType(cp) != Character.FORMAT && Character.getType(cp) != Character.CONTROL);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Why the (canonical) name is refused, or null. */
    private static String problem(String name) {
        int[] cps = name.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return String.format("contains the unprintable character U+%04X", cp);
            }
            if (cp == ' ' || !(CodePoints.isBlank(cp) || type == Character.FORMAT)) {
                continue;
            }
            int before = i > 0 ? cps[i - 1] : -1;
            int after = i + 1 < cps.length ? cps[i + 1] : -1;
            boolean allowed;
            if (cp == ZWJ || cp == ZWNJ) {
                allowed = isVisibleOrSelector(before) && isVisible(after);
            } else if (isVariationSelector(cp)) {
                allowed = isVisible(before);
            } else if (isTag(cp)) {
                allowed = before == BLACK_FLAG || isTag(before);
            } else {
                allowed = false;
            }
            if (!allowed) {
                return "contains the invisible character " + CodePoints.describe(cp)
                        + ", which would make it look like another name";
            }
        }
        return null;
    }

    private static boolean isVisible(int cp) {
        return cp >= 0 && cp != ' ' && !CodePoints.isBlank(cp) && Character.getType(cp) != Character.FORMAT;
    }

    private static boolean isVisibleOrSelector(int cp) {
        return isVisible(cp) || isVariationSelector(cp);
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** "U+3164 HANGUL FILLER, U+200B ZERO WIDTH SPACE": the distinct characters of an invisible name, for the message. */
    private static String described(String text) {
        Set<Integer> distinct = new LinkedHashSet<>();
        text.codePoints().forEach(distinct::add);
        String shown = distinct.stream().limit(3).map(CodePoints::describe).collect(Collectors.joining(", "));
        return shown + (distinct.size() > 3 ? " and " + (distinct.size() - 3) + " more" : "");
    }

    @Override
    public String toString() {
        return value;
    }
}
