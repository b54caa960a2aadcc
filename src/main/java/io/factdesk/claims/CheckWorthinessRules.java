package io.factdesk.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signals behind check-worthiness, as data. Positive signals are the kinds of content
 * that ClaimBuster and Full Fact treat as checkable (numbers, dates and events, named
 * actors in a role, attribution, rankings, comparisons, what a law does, predictions);
 * negative signals are the language of opinion: evaluative words, exhortation, hedges.
 * Word lists go through {@link PhraseMatcher}; only structural patterns are regexes. A run of digits is
 * matched from its first digit and possessively, and no group repeats without a bound, so a sentence of
 * thousands of "1," costs time in proportion to its length and no stack (java.util.regex recurses once per
 * repetition of a group it may have to backtrack into).
 */
final class CheckWorthinessRules {

    private CheckWorthinessRules() {
    }

    /**
     * A signal: a regex, a list of phrases, or both; a match is the earliest hit of either. A phrase
     * directly followed by {@code notFollowedBy} is another sense of the word and does not count.
     */
    record Signal(String reason, ClaimType type, double weight, Pattern pattern, PhraseMatcher phrases,
                  Pattern notFollowedBy) {

        List<PhraseMatcher.Hit> find(String text, PhraseMatcher.Words words, int limit) {
            List<PhraseMatcher.Hit> hits = new ArrayList<>();
            if (phrases != null) {
                for (PhraseMatcher.Hit hit : phrases.find(words, notFollowedBy == null ? limit : Integer.MAX_VALUE)) {
                    if (notFollowedBy == null || !notFollowedBy.matcher(text)
                            .region(hit.start() + hit.phrase().length(), text.length()).lookingAt()) {
                        hits.add(hit);
                    }
                }
            }
            if (pattern != null) {
                Matcher m = pattern.matcher(text);
                while (hits.size() < 2 * limit && m.find()) {
                    hits.add(new PhraseMatcher.Hit(m.start(), m.group().strip()));
                }
            }
            hits.sort(Comparator.comparingInt(PhraseMatcher.Hit::start));
            return hits.size() > limit ? hits.subList(0, limit) : hits;
        }
    }

    private static Signal signal(String reason, ClaimType type, double weight, String regex, String... phrases) {
        return new Signal(reason, type, weight, regex == null ? null : Pattern.compile(regex),
                phrases.length == 0 ? null : new PhraseMatcher(Arrays.asList(phrases)), null);
    }

    private static Signal unlessFollowedBy(String regex, Signal s) {
        return new Signal(s.reason(), s.type(), s.weight(), s.pattern(), s.phrases(), Pattern.compile(regex));
    }

    private static final String ENUMERATION = "(?i:firstly|secondly|thirdly|first|second|third|fourth|fifth|one|two|three|four|five)";
    private static final String NAMED_DOCUMENT = "Resolution|Decree|Decision|Directive|Circular|Law|Project|Program|Programme|Article";

    static final List<Signal> POSITIVE = List.of(
            signal("percentage", ClaimType.STATISTIC, 0.5,
                    "(?<!\\d)\\d+(?:[.,]\\d+)?(?:\\s*-\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:%|(?i:percent|per cent)\\b)"),
            signal("money amount", ClaimType.STATISTIC, 0.5,
                    "[$€£¥₫]\\s?\\d|(?<=\\d)\\s*(?:USD|VND|EUR)\\b",
                    "billion", "billions", "million", "millions", "trillion", "trillions", "dollars", "euros", "dong"),
            // A number that names a document ("Resolution 57"), a technology generation ("5G") or a version
            // ("Industry 4.0") is not a statistic, nor is 一个 ("a"). "None" and "not ... a single" are
            // counts too: zero is as checkable as any other figure.
            signal("number", ClaimType.STATISTIC, 0.4,
                    "(?<![\\p{L}\\d.])(?<!(?:" + NAMED_DOCUMENT + "|No\\.) )(?!(?:19|20)\\d\\d\\b)(?!\\d+\\.0\\b)\\d++(?:[.,]\\d++)*+(?![\\d/]|G\\b|\\.0\\b)"
                            + "|(?<![一二三四五六七八九十百千万亿])(?!一个)[一二三四五六七八九十百千万亿]++[年个%]|\\b[Nn]one\\b(?! of (?:this|that|it|these|those)\\b)|\\b(?:not|never|no)\\b(?: \\S++){0,3} a single\\b",
                    "zero", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
                    "dozen", "dozens", "hundreds", "thousands", "twice", "double digits", "double digit"),
            signal("date or time period", ClaimType.EVENT, 0.35,
                    // Month and day names are matched with their capitals: "May" is a month, "may" is not.
                    "\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|(?<!\\d)\\d++年|五年"
                            + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                            + "|(?i:\\b(?:within|over|in|for|during) (?:the )?(?:past |next |last |coming )?(?:\\d+|few|several|two|three|five|ten) (?:days?|weeks?|months?|years?|decades?)\\b)",
                    "last year", "last month", "last week", "next year", "next month", "next week",
                    "this year", "past years", "past few years", "past decade", "next few years", "coming years",
                    "coming months", "past months"),
            signal("event", ClaimType.EVENT, 0.35, null,
                    "announcement", "reopened", "opened", "closed", "started", "began", "launched", "signed", "issued",
                    "approved", "released", "caused", "killed", "injured", "damaged", "formulated", "completed", "won",
                    "lost", "rose", "fell", "increased", "decreased", "dropped", "grew", "arrested", "elected",
                    "appointed", "resigned", "voted", "unveiled", "inaugurated", "attended", "visited", "hosted", "met with",
                    "has been completed", "has been approved", "has been signed"),
            // "Mandates" as a verb, not the noun ("modern digital mandates").
            signal("what a law or policy does", ClaimType.POLICY, 0.45, "\\bmandates (?:a|an|the|that|all|every|each)\\b",
                    "allocate", "allocates", "allocated", "exempt", "exempts",
                    "exempting", "exemption", "allow", "allows", "allowing", "allowed", "prohibit",
                    "prohibits", "ban", "bans", "stipulate", "stipulates", "outline", "outlines", "sets out",
                    "mechanism for", "mechanisms for", "cannot be owned", "cannot be sold",
                    "cannot be used", "cannot be transferred", "cannot be exported", "cannot be imported",
                    // Obligations to do an administrative act are rules ("Typically, we must bid.").
                    "must bid", "must apply", "must register", "must pay", "must report", "must obtain", "must submit",
                    "must disclose", "must declare", "must be approved", "must be licensed", "must be registered",
                    "remain suspended", "remains suspended", "drop from", "drops from", "raises to", "raised to",
                    "raises from", "raised from"),
            // "Requires" is as often about effort or money ("the design phase requires substantial investment"),
            // which is not a rule.
            unlessFollowedBy("\\s++(?:(?:substantial|significant|extensive|considerable|huge|enormous|large|great|high|"
                            + "more|less|much|a lot of|lots of|a great deal of)\\s+)?(?:investment|capital|time|effort|efforts|"
                            + "resources|funding|money|skills?|attention|patience|expertise|work|energy)\\b",
                    signal("what a law or policy requires", ClaimType.POLICY, 0.45, null,
                            "require", "requires", "required", "requirement for", "requirements for")),
            signal("legal or policy subject", ClaimType.POLICY, 0.2,
                    "\\b(?:" + NAMED_DOCUMENT + ")\\s+\\d+|决议\\d*|法律|政策",
                    "law", "laws", "legal", "regulation", "regulations", "regulatory", "decree", "policy", "policies",
                    "statute", "procurement", "bidding", "state order", "state orders", "toll", "tolls", "budget",
                    "budgets", "speed limit", "fund", "funds"),
            signal("attribution or reported speech", ClaimType.ATTRIBUTION, 0.35, null,
                    "said", "says", "told", "stated", "announced", "according to", "evaluates", "confirmed", "denied",
                    "insisted", "warned", "reported", "asked", "urged", "requested", "called on", "called for", "instructed"),
            signal("named person or organisation in a role", ClaimType.ATTRIBUTION, 0.2,
                    "\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.\\s+\\p{Lu}[\\p{L}'’-]*+(?:\\s+\\p{Lu}[\\p{L}'’-]*+){0,3}|\\b(?:Chairman|Chairwoman|Party Chief|Chief|President|Prime Minister|"
                            + "Minister|Ministry|CEO|Director|General Secretary|Secretary|Governor|Spokesperson|Party Committee|"
                            + "Government)\\b",
                    "mayor", "council", "department"),
            signal("ranking or first", ClaimType.RANKING, 0.4, "(?i:\\btop \\d+\\b)|第一",
                    "first time", "for the first time", "top ten", "top five", "top three", "largest", "longest",
                    "biggest", "highest", "lowest", "fastest", "at the forefront", "record", "rank", "ranks", "ranked"),
            signal("comparison", ClaimType.RANKING, 0.2, null,
                    "more than", "less than", "fewer than", "greater than", "higher than", "lower than", "compared to",
                    "compared with", "versus", "twice the", "as much as", "up to"),
            signal("state of affairs that data can confirm", ClaimType.OTHER, 0.25, null,
                    "there is", "there are", "there was", "there were", "there has been", "there have been",
                    "inadequate", "insufficient", "shortage", "scarce", "incomplete", "inaccurate", "slow", "delayed",
                    "over budget", "limited to", "substantial"),
            signal("change over time", ClaimType.EVENT, 0.35, null,
                    "previously", "no longer", "used to", "formerly", "until recently", "until now", "can now", "is now",
                    "are now", "now has", "now have"),
            signal("one of an enumerated set of points", ClaimType.OTHER, 0.15,
                    "^" + ENUMERATION + "\\s*[:,]"),
            signal("prediction or plan", ClaimType.PREDICTION, 0.35, "(?i:\\bby 20\\d\\d\\b)|将|到20\\d\\d",
                    "will", "expect", "expects", "expected", "forecast", "forecasts", "predict", "predicts", "prediction",
                    "plan to", "plans to", "plans for", "timeline for", "timelines for", "roadmap for", "aim to", "aims to",
                    "aiming for", "is set to", "going to"),
            // A numbered point that opens with a verb is an action in a plan ("Second: Develop and build ...").
            signal("an action in a numbered plan", ClaimType.PREDICTION, 0.35, "^" + ENUMERATION + "\\s*[:,]\\s*(?:"
                    + "Increase|Develop|Build|Foster|Expand|Improve|Promote|Strengthen|Establish|Create|Reduce|Cut|Raise|"
                    + "Train|Invest|Complete|Deploy|Upgrade|Attract|Accelerate|Ensure|Implement|Introduce|Launch|Set up|"
                    + "Modernise|Modernize|Digitise|Digitize|Streamline|Simplify|Support|Encourage|Prioritise|Prioritize|"
                    + "Focus on|Allocate|Hire|Recruit|Open|Close|Replace|Connect|Provide)\\b"));

    static final List<Signal> NEGATIVE = List.of(
            signal("opinion or exhortation", ClaimType.OTHER, 0.45,
                    "^(?i:we must|we need to|we should|let us|let's|i hope|i think|i believe|in my (?:view|opinion)|it is time|"
                            + "imagine|it is a shame|the true test|thus, we should)\\b|需要|必须|应该|应当",
                    "should", "ought to", "must be", "must remain", "must view", "must align", "must participate",
                    "is clear", "reads like", "suggests", "appears to be", "the real story", "hidden agenda", "unspoken"),
            signal("evaluative language", ClaimType.OTHER, 0.2, "支柱",
                    "great", "significant challenges", "numerous", "remarkable", "groundbreaking", "fresh", "exciting",
                    "wonderful", "inspiring", "pivotal", "new heights", "strength", "opportunity", "opportunities",
                    "comprehensive", "comprehensively", "aggressively", "precisely", "glossy", "veneer", "crucial",
                    "favorable", "highly effective", "boldly", "hardest", "regrettable", "disservice", "grateful",
                    "apology", "akin", "pillar", "robust", "strong policy support", "greater results",
                    "resolves this issue", "praises", "not so sure", "supportive"),
            signal("hedged or conditional", ClaimType.OTHER, 0.15, "^(?i:if|unless|perhaps|maybe)\\b",
                    "may not", "might", "risks becoming", "could be"));
}
