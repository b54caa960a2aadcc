package io.factdesk.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    private record Signal(String reason, ClaimType type, double weight, Pattern pattern) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final List<Signal> SIGNALS = List.of(
            new Signal("percentage", ClaimType.STATISTIC, 0.45,
                    Pattern.compile("\\d+(?:[.,]\\d+)?(?:\\s*-\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:%|percent\\b|per cent\\b)", CI)),
            new Signal("money amount", ClaimType.STATISTIC, 0.45, Pattern.compile(
                    "[$€£¥₫]\\s?\\d|\\b\\d[\\d.,]*\\s*(?:USD|VND|EUR|dong|dollars?)\\b|\\b(?:billions?|millions?|trillions?)\\b", CI)),
            new Signal("named law, policy or programme", ClaimType.POLICY, 0.5, Pattern.compile(
                    "\\b(?:Resolution|Decree|Decision|Directive|Circular|Law|Project|Program|Programme|Article)\\s+(?:No\\.\\s*)?\\d+[\\w/-]*")),
            // A number that names a document ("Resolution 57") is not a statistic.
            new Signal("number", ClaimType.STATISTIC, 0.35, Pattern.compile(
                    "(?<!(?:Resolution|Decree|Decision|Directive|Circular|Law|Project|Program|Programme|Article|No\\.) )(?<![\\p{L}\\d.])(?!(?:19|20)\\d\\d\\b)\\d+(?:[.,]\\d+)*(?![\\d/]|G\\b)|\\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|half|twice)\\b|[一二三四五六七八九十百千万亿]+[年个%]", CI)),
            new Signal("date or time period", ClaimType.EVENT, 0.3, Pattern.compile(
                    "\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b|\\b(?:within|over|in|for|during)\\s+(?:the\\s+)?(?:past|next|last|coming)?\\s*(?:\\d+|few|several|two|three|five|ten)\\s+(?:days?|weeks?|months?|years?|decades?)\\b|\\b(?:past|next|last|coming) (?:few )?(?:years?|months?|decades?)\\b|\\d+年|五年", CI)),
            new Signal("named person or organisation in a role", ClaimType.ATTRIBUTION, 0.25, Pattern.compile(
                    "\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.\\s+\\p{Lu}|\\b(?:Chairman|Chairwoman|Chair|Chief|President|Prime Minister|Minister|Ministry|CEO|Director|Secretary|Governor|Spokesperson|Board|Party|Government|Parliament|National Assembly|Politburo|Committee)\\b|\\b(?!AI\\b|TL\\b|DR\\b|IT\\b)[A-Z]{3,}\\b")),
            new Signal("attribution or reported speech", ClaimType.ATTRIBUTION, 0.3, Pattern.compile(
                    "\\b(?:said|says|say|told|stated|announced|claimed|claims|argued|reported|according to|believes|evaluates|confirmed|denied|insisted|warned)\\b|“[^”]{12,}”", CI)),
            new Signal("ranking or superlative", ClaimType.RANKING, 0.3, Pattern.compile(
                    "\\b(?:first|top(?: \\w+)?|largest|biggest|best|worst|highest|lowest|fastest|leading|forefront|pioneers?|record|most|least|only)\\b|第一", CI)),
            new Signal("comparison", ClaimType.RANKING, 0.15, Pattern.compile(
                    "\\b(?:more than|less than|fewer than|greater than|higher than|lower than|compared (?:to|with)|versus|than before|rather than|twice as|as much as)\\b", CI)),
            new Signal("prediction or plan", ClaimType.PREDICTION, 0.25, Pattern.compile(
                    "\\b(?:will|expects?|expected|forecasts?|predicts?|prediction|plans? to|aims? to|is set to|going to|by 20\\d\\d)\\b|将|到20\\d\\d", CI)),
            new Signal("legal or policy statement", ClaimType.POLICY, 0.3, Pattern.compile(
                    "\\b(?:resolution|law|laws|legal|regulations?|regulatory|decree|mandates?|policy|policies|bill|statute|requirements?|allow(?:s|ing|ed)?|permits?|bans?|prohibits?|state orders?|bidding|procurement)\\b|决议|法律|政策", CI)));

    private static final Pattern QUESTION = Pattern.compile("[?？]\\s*[\"'”’)]*\\s*$");
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(?:source(?: link)?|content|photos?|images?|video|author|authors|by|written by|reporters?|editors?|translated by|posted(?: on| by)?|published|updated|tags?|share(?: this)?|related(?: articles?| posts?| news)?|read more|see also|follow us|subscribe|comments?)\\b\\s*[:：-]|^(?:leave a (?:reply|comment)|your email address will not be published|required fields are marked|share (?:on|this)|click to share|all rights reserved|copyright|©)|^\\[link to|^\\d{1,2}/\\d{1,2}/\\d{2,4}(?:\\s*[–-]\\s*\\d{1,2}:\\d{2})?$|^(?:thank you|thanks)(?: for| very much|!|\\.|$)|^感谢|^谢谢",
            CI);
    private static final Pattern BYLINE = Pattern.compile("^by\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s+\\p{Lu}[\\p{L}.'-]+){0,3}$");
    private static final Pattern OPINION = Pattern.compile(
            "^(?:we must|we need to|we should|let us|let's|i hope|i think|i believe|in my (?:view|opinion)|it is time|imagine)\\b|\\b(?:wonderful|inspiring|glossy|veneer|remarkable|exciting|regrettable|disservice|brilliant|shameful|unassailable|should|must|ought to)\\b|^(?:the|a) true test\\b|\\bis clear\\b",
            CI);
    private static final Pattern TERMINAL = Pattern.compile("[.!?。！？…:;]['\"”’)\\]]*$");

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
        for (Signal s : SIGNALS) {
            Matcher m = s.pattern().matcher(text);
            if (m.find()) {
                reasons.add(s.reason() + ": \"" + m.group().strip() + "\"");
                score += s.weight();
                byType.merge(s.type(), s.weight(), Double::sum);
            }
        }
        Matcher opinion = OPINION.matcher(text);
        int opinions = 0;
        while (opinion.find()) {
            if (opinions++ == 0) {
                reasons.add("opinion or exhortation: \"" + opinion.group().strip() + "\"");
            }
        }
        score -= Math.min(opinions, 2) * 0.3;
        if (wordCount(text) < 6) {
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
        if (QUESTION.matcher(text).find()) {
            return "question or interview prompt";
        }
        if (titleLine && sentence.wholeLine()) {
            return "title";
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
