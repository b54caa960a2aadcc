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
    /**
     * A list's label before a claim ("Three: National budgets …", "2. Exports …", "(b) The …", "• …"): no figure of
     * the claim, and the word after it opens the claim as its first word would.
     */
    private static final Pattern LIST_LABEL = Pattern.compile("^\\s*(?:\\(?(?:\\d{1,2}|[a-z])[.)]|[•*–-]|(?:one|two|three|four|five|"
            + "six|seven|eight|nine|ten|first|second|third|fourth|fifth|finally|lastly)\\s*[:.)])\\s+",
            Pattern.CASE_INSENSITIVE);
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

    /** Words that are written with a capital without being names: months, days, titles, number words. */
    static boolean isNotName(String lower) {
        return NOT_NAMES.contains(lower);
    }

    public static PreparedAnchors prepare(String claim) {
        String text = LIST_LABEL.matcher(claim).replaceFirst("");
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
        return new PreparedAnchors(numbers, years, names, opening, text.toLowerCase(Locale.ROOT));
    }

    /** Whether two prepared claims' anchors disagree: {@code of(a, b).conflictsWith(of(b, a))}. */
    public static boolean conflict(PreparedAnchors a, PreparedAnchors b) {
        return a.conflictsWith(b);
    }

    private static Set<String> namesAgainst(PreparedAnchors text, PreparedAnchors other) {
        if (!text.opensWithNameAgainst(other)) {
            return text.names;
        }
        Set<String> names = new HashSet<>(text.names);
        names.add(text.opening);
        return names;
    }

    public static ClaimAnchors of(PreparedAnchors text, PreparedAnchors other) {
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
