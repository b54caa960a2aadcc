package io.factdesk.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a sentence for check-worthiness with explicit, rule-based reasons, after the
 * signals the field looks for (ClaimBuster, Full Fact): numbers, dates, named actors in a
 * role, attribution, rankings, comparisons, predictions and policy statements. Headings,
 * questions, bylines and boilerplate are excluded outright; opinion and exhortation lower
 * the score.
 */
public final class CheckWorthinessScorer {

    // ASCII case folding: the rule words are English, and Unicode case folding costs a third of the scoring time.
    private static final int CI = Pattern.CASE_INSENSITIVE;

    private static final Pattern QUESTION = Pattern.compile("[?？]\\s*[\"'”’)]*\\s*$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:source(?: link)?|content|photos?|images?|video|author|authors|by|written by|reporters?|editors?|translated by|posted(?: on| by)?|published|updated|tags?|share(?: this)?|related(?: articles?| posts?| news)?|read more|see also|follow us|subscribe|comments?)\\b\\s*[:：-]|^(?:leave a (?:reply|comment)|your email address will not be published|required fields are marked|share (?:on|this)|click to share|all rights reserved|copyright|©)|^\\[link to|^(?:this (?:article|story|report|post) (?:was|has been) (?:updated|corrected|amended)|an earlier version of this|corrections?:|editor'?s note:)|^\\d{1,2}/\\d{1,2}/\\d{2,4}(?:\\s*[–-]\\s*\\d{1,2}:\\d{2})?$|^(?:thank you|thanks)(?: for| very much|!|\\.|$)|^感谢|^谢谢",
            CI);
    private static final Pattern BYLINE = Pattern.compile("^by\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}$");
    /** Enough to take a sentence whose only signals are soft ones (a plan, a policy word) out of the queue. */
    private static final double VAGUE_PENALTY = 0.5;
    /** Quote marks and brackets that may close a sentence after its last punctuation mark. */
    private static final String CLOSING = "['\"”’)\\]]*$";
    private static final Pattern LEAD_IN = Pattern.compile("[:：]" + CLOSING);
    private static final Pattern TERMINAL = Pattern.compile("[.!?。！？…:;]" + CLOSING);

    /**
     * @param sentence the sentence
     * @param titleLine whether it is the article's first line (its title)
     */
    public Assessment assess(Sentence sentence, boolean titleLine) {
        String text = sentence.text();
        List<String> reasons = new ArrayList<>();
        String exclusion = exclusion(sentence, titleLine);
        if (exclusion != null) {
            return new Assessment(0, List.of(exclusion), ClaimType.OTHER, true);
        }
        double score = 0;
        Map<ClaimType, Double> byType = new EnumMap<>(ClaimType.class);
        PhraseMatcher.Words words = PhraseMatcher.Words.of(text);
        Set<String> fired = new HashSet<>();
        for (CheckWorthinessRules.Signal s : CheckWorthinessRules.POSITIVE) {
            List<PhraseMatcher.Hit> hits = s.find(text, words, 1);
            if (!hits.isEmpty()) {
                reasons.add(s.reason() + ": \"" + hits.get(0).phrase() + "\"");
                fired.add(s.reason());
                score += s.weight();
                byType.merge(s.type(), s.weight(), Double::sum);
            }
        }
        for (CheckWorthinessRules.Signal s : CheckWorthinessRules.NEGATIVE) {
            List<PhraseMatcher.Hit> hits = s.find(text, words, 3);
            if (!hits.isEmpty()) {
                reasons.add(s.reason() + ": \"" + hits.get(0).phrase() + "\"" + (hits.size() > 1 ? " (+" + (hits.size() - 1) + ")" : ""));
                score -= s.weight() * hits.size();
            }
        }
        String vague = fired.isEmpty() ? null : VaguenessCheck.reason(text, fired);
        if (vague != null) {
            reasons.add(vague);
            score -= VAGUE_PENALTY;
        }
        // A short sentence with something concrete in it is a claim ("Our plan adds none."); without, it is
        // usually a fragment or an aside. A line ending in a colon only introduces what follows.
        boolean concrete = fired.stream().anyMatch(VaguenessCheck.CONCRETE::contains) && !text.endsWith(":");
        if (wordCount(text) < 6 && !concrete) {
            reasons.add("too short to carry a checkable claim");
            score -= 0.3;
        }
        double clamped = Math.max(0, Math.min(1, Math.round(score * 100) / 100.0));
        return new Assessment(clamped, reasons, typeOf(byType), false);
    }

    private static String exclusion(Sentence sentence, boolean titleLine) {
        String text = sentence.text();
        if (sentence.heading()) {
            return "heading";
        }
        if (BOILERPLATE.matcher(text).find() || sentence.wholeLine() && BYLINE.matcher(text).matches()) {
            return "byline, dateline or boilerplate";
        }
        if (QUESTION.matcher(text).find() || sentence.prompt()) {
            return "question or interview prompt";
        }
        if (titleLine && sentence.wholeLine()) {
            return "title";
        }
        // A line of its own that ends in a colon ("Key figures:", "The plan has three parts:") only introduces
        // what follows; the claim, if any, is in the lines after it.
        if (sentence.wholeLine() && LEAD_IN.matcher(text).find()) {
            return "lead-in line (ends in a colon)";
        }
        if (sentence.wholeLine() && !sentence.listItem() && !TERMINAL.matcher(text).find() && wordCount(text) <= 16) {
            return "heading (a short line without closing punctuation)";
        }
        return null;
    }

    private static ClaimType typeOf(Map<ClaimType, Double> byType) {
        // Prediction and policy outrank plain numbers: "within 18 months" makes a prediction, not a statistic.
        for (ClaimType t : List.of(ClaimType.PREDICTION, ClaimType.STATISTIC, ClaimType.POLICY, ClaimType.RANKING,
                ClaimType.ATTRIBUTION, ClaimType.EVENT)) {
            if (byType.containsKey(t)) {
                return t;
            }
        }
        return ClaimType.OTHER;
    }

    static int wordCount(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return 0;
        }
        long cjk = t.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        return t.split("\\s+").length + (int) (cjk / 2);
    }
}
