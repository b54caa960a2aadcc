package io.factdesk.claims;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What pins a claim down beyond its meaning: its figures, its years and the names in it. Two claims whose
 * sentences mean nearly the same are still different claims when these disagree ("grew 7%" and "grew 3%";
 * Vietnam's exports and Thailand's). One claim may say more than the other (a restatement leaves a figure out),
 * so anchors disagree only when each claim has one the other lacks.
 */
public record ClaimAnchors(Set<Double> numbers, Set<Integer> years, Set<String> names) {

    /** How close two figures must be to count as the same: "about 7 percent" is 7.09%. */
    static final double TOLERANCE = 0.05;

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s*(million|billion|trillion|thousand|bn|m)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_WORD = Pattern.compile("\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
            + "eighty|ninety|hundred)\\b(?:\\s+(million|billion|thousand)\\b)?", Pattern.CASE_INSENSITIVE);
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty");
    private static final Map<String, Integer> TENS = Map.of("thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
            "seventy", 70, "eighty", 80, "ninety", 90, "hundred", 100);
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}&][\\p{L}\\p{M}&'’.-]*");
    /** Capitalised words that name no one: sentence openers, months and days, titles of no one in particular. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "from", "since",
            "last", "next", "this", "that", "these", "those", "it", "its", "we", "our", "they", "their", "he", "she", "his",
            "her", "i", "according", "under", "after", "before", "following", "about", "some", "only", "half", "there",
            "where", "when", "if", "as", "of", "and", "but", "or", "to", "with", "all", "every", "each", "most", "more",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs", "ms", "dr",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
            "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "a.m.", "p.m.");

    public ClaimAnchors {
        numbers = Set.copyOf(numbers);
        years = Set.copyOf(years);
        names = Set.copyOf(names);
    }

    /** @param text the claim; {@code other}, the claim it is compared with, tells a common noun opening a sentence */
    public static ClaimAnchors of(String text, String other) {
        return of(prepare(text), prepare(other));
    }

    /**
     * A claim's anchors as far as they are its own: all but whether its opening word is a name, which depends on
     * the claim it is compared with. Prepared once per claim, so comparing it with many others reads no text again.
     */
    public static final class Prepared {
        private final Set<Double> numbers;
        private final double[] numberArray;
        private final Set<Integer> years;
        private final Set<String> names;
        private final String opening;
        private final Pattern openingWord;
        private final String lower;
        /** The hash codes of the text's words, sorted: a word is looked up here before it is looked for. */
        private final int[] wordHashes;

        private Prepared(Set<Double> numbers, Set<Integer> years, Set<String> names, String opening, String lower) {
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
    }

    /** Words that are written with a capital without being names: months, days, titles, number words. */
    static boolean isNotName(String lower) {
        return NOT_NAMES.contains(lower);
    }

    public static Prepared prepare(String text) {
        Set<Double> numbers = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(",", "");
            double value = Double.parseDouble(digits + (m.group(2) == null ? "" : "." + m.group(2)));
            if (m.group(2) == null && m.group(3) == null && digits.length() == 4 && value >= 1900 && value <= 2099) {
                years.add((int) value);
            } else {
                numbers.add(value * scale(m.group(3)));
            }
        }
        Matcher w = NUMBER_WORD.matcher(text);
        while (w.find()) {
            String word = w.group(1).toLowerCase(Locale.ROOT);
            int value = WORDS.contains(word) ? WORDS.indexOf(word) + 1 : TENS.get(word);
            numbers.add(value * scale(w.group(2)));
        }
        Set<String> names = new HashSet<>();
        String opening = null;
        Matcher words = WORD.matcher(text);
        boolean first = true;
        while (words.find()) {
            String word = words.group().replaceAll("['’]s$|[.'’-]+$", "");
            boolean isOpening = first;
            first = false;
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (NOT_NAMES.contains(lower)) {
                continue;
            }
            if (isOpening) {
                opening = lower;
            } else {
                names.add(lower);
            }
        }
        return new Prepared(numbers, years, names, opening, text.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether two prepared claims' anchors disagree: {@code of(a, b).conflictsWith(of(b, a))}, allocating nothing,
     * since matching asks it of every pair of close claims.
     */
    public static boolean conflict(Prepared a, Prepared b) {
        if (!covers(a.numberArray, b.numberArray) && !covers(b.numberArray, a.numberArray)) {
            return true;
        }
        if (!a.years.containsAll(b.years) && !b.years.containsAll(a.years)) {
            return true;
        }
        boolean aOpens = opensWithName(a, b);
        boolean bOpens = opensWithName(b, a);
        return !namesCover(a, aOpens, b, bOpens) && !namesCover(b, bOpens, a, aOpens);
    }

    /** Whether the claim's opening word counts as a name against the other claim (and is not among its names yet). */
    private static boolean opensWithName(Prepared text, Prepared other) {
        // A common noun that opens the sentence ("Burglaries fell …") is written in lower case by the other claim.
        return text.opening != null && !text.names.contains(text.opening) && !(text.openingWord == null
                ? other.hasWord(text.opening) : text.openingWord.matcher(other.lower).find());
    }

    private static boolean namesCover(Prepared a, boolean aOpens, Prepared b, boolean bOpens) {
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
                if (Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) {
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

    private static Set<String> namesAgainst(Prepared text, Prepared other) {
        if (!opensWithName(text, other)) {
            return text.names;
        }
        Set<String> names = new HashSet<>(text.names);
        names.add(text.opening);
        return names;
    }

    public static ClaimAnchors of(Prepared text, Prepared other) {
        return new ClaimAnchors(text.numbers, text.years, namesAgainst(text, other));
    }

    private static double scale(String word) {
        if (word == null) {
            return 1;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> 1e3;
            case "million", "m" -> 1e6;
            case "billion", "bn" -> 1e9;
            case "trillion" -> 1e12;
            default -> 1;
        };
    }

    /** Whether the two claims' figures, years or names disagree: each has one the other lacks. */
    public boolean conflictsWith(ClaimAnchors other) {
        boolean numbersDiffer = !containsAll(numbers, other.numbers) && !containsAll(other.numbers, numbers);
        boolean yearsDiffer = !years.containsAll(other.years) && !other.years.containsAll(years);
        boolean namesDiffer = !names.containsAll(other.names) && !other.names.containsAll(names);
        return numbersDiffer || yearsDiffer || namesDiffer;
    }

    private static boolean containsAll(Set<Double> these, Set<Double> those) {
        return those.stream().allMatch(b -> these.stream().anyMatch(a -> Math.abs(a - b) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b))));
    }
}
