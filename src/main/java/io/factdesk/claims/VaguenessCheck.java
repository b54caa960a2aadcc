package io.factdesk.claims;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Catches sentences that trip the positive signals but leave a fact-checker nothing to check:
 * a subject that only points back ("This will serve as the foundation"), a speaker's intention
 * with nothing specific in it ("we will break down tasks"), a condition or open question ("If
 * the numbers change"), and a forecast of what a policy will achieve with no figure, date or
 * actor to hold it to ("Resolution 57 is expected to address bottlenecks"). Each needs the
 * absence of concrete anchors (figures, dates, events, named actors, attribution), so a
 * sentence that also carries one of those is left alone.
 */
final class VaguenessCheck {

    private static final Set<String> FIGURES = Set.of("percentage", "money amount", "number", "date or time period");
    /**
     * What makes a short sentence a claim rather than a fragment or an aside: a quantity, or a verb of
     * record (something happened, a rule, a statement, a rank, a change). A date alone does not
     * ("Traders are cautious about 2026.").
     */
    static final Set<String> CONCRETE = Set.of("percentage", "money amount", "number", "event",
            "what a law or policy does", "what a law or policy requires", "attribution or reported speech",
            "ranking or first", "change over time");
    /**
     * Signal names as CheckWorthinessRules gives them (here and in CONCRETE); CheckWorthinessScorerTest
     * checks that they exist.
     */
    static final Set<String> ANCHORS = Set.of("percentage", "money amount", "number", "date or time period",
            "event", "named person or organisation in a role", "attribution or reported speech", "ranking or first",
            "one of an enumerated set of points", "legal or policy subject", "change over time",
            "what a law or policy does", "what a law or policy requires");

    /** An optional opening phrase ("Over time,", "For businesses,"), then the subject. */
    private static final String OPENING = "^(?:[^,;:]{1,40},\\s*)?";
    private static final Pattern POINTING_SUBJECT = Pattern.compile(OPENING
            + "(?i:this|that|it|these|those|things|everything)\\s+(?i:is|was|will|would|can|could|has|have|isn't|won't)\\b");
    private static final Pattern SPEAKER_SUBJECT = Pattern.compile(OPENING + "(?i:we|i|our|my)\\b");
    /** Not at the start: "Should the council agree, fares rise 10%" is a condition, not advice. */
    private static final Pattern RECOMMENDATION = Pattern.compile("(?<=.)\\b(?i:should|ought to)\\b");
    private static final Pattern CONDITION = Pattern.compile("^(?i:if|unless|whether|should)\\b|(?i:\\bwill be whether\\b)"
            + "|(?i:\\b(?:knows?|knew|say|tell|unclear|uncertain|wonders?)\\s+(?:how|whether|when|what|if)\\b)");

    private VaguenessCheck() {
    }

    /** @param fired the reasons (signal names) the sentence's positive signals gave */
    static String reason(String text, Set<String> fired) {
        if (!fired.contains("attribution or reported speech") && RECOMMENDATION.matcher(text).find()) {
            return "vague: a recommendation, which says what should happen, not what is";
        }
        if (fired.equals(Set.of("legal or policy subject"))) {
            return "vague: names a law or policy, but says nothing checkable about it";
        }
        Set<String> anchors = fired.stream().filter(ANCHORS::contains).collect(Collectors.toSet());
        if (anchors.stream().noneMatch(FIGURES::contains) && CONDITION.matcher(text).find()) {
            return "vague: a condition or an open question, with no figure to check";
        }
        if (fired.contains("prediction or plan") && anchors.equals(Set.of("legal or policy subject"))) {
            return "vague: what a policy is expected to achieve, with no figure, date or actor to check it against";
        }
        if (!anchors.isEmpty()) {
            return null;
        }
        if (POINTING_SUBJECT.matcher(text).find()) {
            return "vague: the subject only points back, and nothing specific is said of it";
        }
        if (SPEAKER_SUBJECT.matcher(text).find()) {
            return "vague: the speaker's own intention or habit, with nothing specific to check";
        }
        return null;
    }
}
