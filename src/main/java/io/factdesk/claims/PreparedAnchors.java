package io.factdesk.claims;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A claim's anchors as far as they are its own: all but whether its opening word is a name, which depends on
 * the claim it is compared with. Prepared once per claim, so comparing it with many others reads no text again.
 */
public final class PreparedAnchors {

    final Set<Double> numbers;
    final double[] numberArray;
    final Set<Integer> years;
    final Set<String> names;
    final String opening;
    final Pattern openingWord;
    final String lower;
    /** The hash codes of the text's words, sorted: a word is looked up here before it is looked for. */
    final int[] wordHashes;


    PreparedAnchors(Set<Double> numbers, Set<Integer> years, Set<String> names, String opening, String lower) {
        this.numbers = numbers;
        this.numberArray = numbers.stream().mapToDouble(Double::doubleValue).toArray();
        this.years = years;
        this.names = names;
        this.opening = opening;
        // An opening of letters alone is looked up among the other claim's words; one with a hyphen, an
        // apostrophe or a full stop inside is looked for in its text, between word boundaries.
        this.openingWord = opening == null || plainWord(opening) ? null
                : Pattern.compile("\\b" + Pattern.quote(opening) + "\\b");
        this.lower = lower;
        this.wordHashes = wordHashes(lower);
    }

    /**
     * The hash codes of the runs of word characters, as the regular expressions' word boundaries cut the
     * text: a few bytes a word where a set of the words would hold a copy of each, for every claim of a
     * large ingest at once.
     */
    private static int[] wordHashes(String lower) {
        int[] out = new int[8];
        int count = 0;
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean word = i < lower.length() && isWordChar(lower.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                int hash = 0;
                for (int k = start; k < i; k++) {
                    hash = 31 * hash + lower.charAt(k);
                }
                if (count == out.length) {
                    out = Arrays.copyOf(out, count * 2);
                }
                out[count++] = hash;
                start = -1;
            }
        }
        int[] sorted = Arrays.copyOf(out, count);
        Arrays.sort(sorted);
        return sorted;
    }

    /** Whether the text has this word (a run of word characters, from boundary to boundary). */
    boolean hasWord(String word) {
        if (Arrays.binarySearch(wordHashes, word.hashCode()) < 0) {
            return false;
        }
        for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !isWordChar(lower.charAt(at - 1))) && (end == lower.length() || !isWordChar(lower.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean plainWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Whether the two claims' anchors disagree: {@code ClaimAnchors.of(this, b).conflictsWith(ClaimAnchors.of(b,
     * this))}, allocating nothing, since matching asks it of every pair of close claims.
     */
    boolean conflictsWith(PreparedAnchors b) {
        PreparedAnchors a = this;
        if (!covers(a.numberArray, b.numberArray) && !covers(b.numberArray, a.numberArray)) {
            return true;
        }
        if (!a.years.containsAll(b.years) && !b.years.containsAll(a.years)) {
            return true;
        }
        boolean aOpens = a.opensWithNameAgainst(b);
        boolean bOpens = b.opensWithNameAgainst(a);
        return !namesCover(a, aOpens, b, bOpens) && !namesCover(b, bOpens, a, aOpens);
    }

    /** Whether the claim's opening word counts as a name against the other claim (and is not among its names yet). */
    boolean opensWithNameAgainst(PreparedAnchors other) {
        PreparedAnchors text = this;
        // A common noun that opens the sentence ("Burglaries fell …") is written in lower case by the other claim.
        return text.opening != null && !text.names.contains(text.opening) && !(text.openingWord == null
                ? other.hasWord(text.opening) : text.openingWord.matcher(other.lower).find());
    }

    private static boolean namesCover(PreparedAnchors a, boolean aOpens, PreparedAnchors b, boolean bOpens) {
        for (String name : b.names) {
            if (!a.names.contains(name) && !(aOpens && name.equals(a.opening))) {
                return false;
            }
        }
        return !bOpens || a.names.contains(b.opening) || aOpens && b.opening.equals(a.opening);
    }

    private static boolean covers(double[] these, double[] those) {
        for (double b : those) {
            boolean found = false;
            for (double a : these) {
                if (Math.abs(a - b) <= ClaimAnchors.TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }
}
