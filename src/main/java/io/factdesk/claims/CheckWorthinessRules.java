package io.factdesk.claims;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The signals behind check-worthiness, as data. Positive signals are the kinds of content
 * that ClaimBuster and Full Fact treat as checkable (numbers, dates and events, named
 * actors in a role, attribution, rankings, comparisons, what a law does, predictions);
 * negative signals are the language of opinion: evaluative words, exhortation, hedges.
 */
final class CheckWorthinessRules {

    private CheckWorthinessRules() {
    }

    record Signal(String reason, ClaimType type, double weight, Pattern pattern) {
    }

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NAMED_DOCUMENT =
            "Resolution|Decree|Decision|Directive|Circular|Law|Project|Program|Programme|Article|No\\.";

    static final List<Signal> POSITIVE = List.of(
            new Signal("percentage", ClaimType.STATISTIC, 0.5, Pattern.compile(
                    "\\d+(?:[.,]\\d+)?(?:\\s*-\\s*\\d+(?:[.,]\\d+)?)?\\s*(?:%|percent\\b|per cent\\b)", CI)),
            new Signal("money amount", ClaimType.STATISTIC, 0.5, Pattern.compile(
                    "[$€£¥₫]\\s?\\d|\\b\\d[\\d.,]*\\s*(?:USD|VND|EUR|dong|dollars?|euros?)\\b|\\b(?:billions?|millions?|trillions?)\\b", CI)),
            // A number that names a document ("Resolution 57") or a technology generation ("5G") is not a statistic.
            new Signal("number", ClaimType.STATISTIC, 0.4, Pattern.compile(
                    "(?<!(?:" + NAMED_DOCUMENT + ") )(?<![\\p{L}\\d.])(?!(?:19|20)\\d\\d\\b)\\d+(?:[.,]\\d+)*(?![\\d/]|G\\b|\\.0\\b)"
                            + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds?|thousands?|twice|double digits?)\\b"
                            + "|[一二三四五六七八九十百千万亿]+[年个%]", CI)),
            new Signal("date or time period", ClaimType.EVENT, 0.35, Pattern.compile(
                    "\\b(?:19|20)\\d\\d\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b"
                            + "|\\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b"
                            + "|\\b(?:last|next|this) (?:year|month|week)\\b|\\b(?:within|over|in|for|during)\\s+(?:the\\s+)?(?:past|next|last|coming)?\\s*(?:\\d+|few|several|two|three|five|ten)\\s+(?:days?|weeks?|months?|years?|decades?)\\b"
                            + "|\\b(?:past|next|last|coming) (?:few )?(?:years?|months?|decades?)\\b|\\d+年|五年")),
            new Signal("event", ClaimType.EVENT, 0.35, Pattern.compile(
                    "\\b(?:announcement|reopened|opened|closed|started|began|launched|signed|issued|approved|released|caused|killed|injured|damaged|"
                            + "formulated|completed|won|lost|rose|fell|increased|decreased|dropped|grew|arrested|elected|appointed|resigned|"
                            + "made significant efforts|has been (?:successful|completed|approved|signed))\\b", CI)),
            new Signal("what a law or policy does", ClaimType.POLICY, 0.45, Pattern.compile(
                    "\\b(?:requires?|required|allocates?|allocated|exempts?|exempting|exemption|allows?|allowing|allowed|mandates|"
                            + "prohibits?|bans?|stipulates?|outlines?|sets out|includes a task|mechanisms? for|cannot be (?:owned|sold|used|outsourced)|"
                            + "must (?:bid|be approved|be licensed)|remains? suspended|drops? from|rais(?:es|ed) (?:to|from)|"
                            + "requirement for|revise regulations)\\b", CI)),
            new Signal("legal or policy subject", ClaimType.POLICY, 0.2, Pattern.compile(
                    "\\b(?:" + NAMED_DOCUMENT.replace("|No\\.", "") + ")\\s+\\d+|\\b(?:law|laws|legal|regulations?|regulatory|decree|policy|policies|"
                            + "statute|procurement|bidding|state orders?|tolls?|budgets?|speed limit|fund|funds)\\b|决议\\d*|法律|政策", CI)),
            new Signal("attribution or reported speech", ClaimType.ATTRIBUTION, 0.35, Pattern.compile(
                    "\\b(?:said|says|told|stated|announced|according to|evaluates|confirmed|denied|insisted|warned|reported)\\b", CI)),
            new Signal("named person or organisation in a role", ClaimType.ATTRIBUTION, 0.2, Pattern.compile(
                    "\\b(?:Mr|Mrs|Ms|Dr|Prof)\\.\\s+\\p{Lu}|\\b(?:Chairman|Chairwoman|Party Chief|Chief|President|Prime Minister|Minister|Ministry|CEO|"
                            + "Director|General Secretary|Secretary|Governor|Spokesperson|mayor|Party Committee|council|department|Typhoon|"
                            + "Government)\\b")),
            new Signal("ranking or first", ClaimType.RANKING, 0.4, Pattern.compile(
                    "\\b(?:first time|for the first time|top (?:ten|five|three|\\d+)|largest|longest|biggest|highest|lowest|fastest|"
                            + "at the forefront|record|ranks?|ranked)\\b|第一", CI)),
            new Signal("comparison", ClaimType.RANKING, 0.2, Pattern.compile(
                    "\\b(?:more than|less than|fewer than|greater than|higher than|lower than|compared (?:to|with)|versus|twice the|"
                            + "as much as|up to)\\b", CI)),
            new Signal("state of affairs that data can confirm", ClaimType.OTHER, 0.25, Pattern.compile(
                    "\\bthere (?:is|are|was|were|has been|have been) (?:a |an |no |still |several )?|\\b(?:inadequate|insufficient|"
                            + "shortage|scarce|incomplete|inaccurate|slow|delayed|over budget|limited to|substantial)\\b", CI)),
            new Signal("one of an enumerated set of points", ClaimType.OTHER, 0.15, Pattern.compile(
                    "^(?:firstly|secondly|thirdly|first|second|third|fourth|one|two|three|four)\\s*[:,]", CI)),
            new Signal("prediction or plan", ClaimType.PREDICTION, 0.35, Pattern.compile(
                    "\\b(?:will|expects?|expected|forecasts?|predicts?|prediction|plans? to|aims? to|aiming for|is set to|going to|"
                            + "by 20\\d\\d|increase investment|develop and build|foster)\\b|将|到20\\d\\d", CI)));

    static final List<Signal> NEGATIVE = List.of(
            new Signal("opinion or exhortation", ClaimType.OTHER, 0.45, Pattern.compile(
                    "^(?:we must|we need to|we should|let us|let's|i hope|i think|i believe|in my (?:view|opinion)|it is time|imagine|"
                            + "it is a shame|the true test|thus, we should)\\b|\\b(?:should|ought to|must (?:be|remain|view|align|participate)|"
                            + "is clear|reads like|suggests|appears to be|the real story|hidden agenda|unspoken)\\b", CI)),
            new Signal("evaluative language", ClaimType.OTHER, 0.2, Pattern.compile(
                    "\\b(?:great|significant challenges|numerous|remarkable|groundbreaking|fresh|exciting|wonderful|inspiring|pivotal|"
                            + "new heights|strength|opportunit(?:y|ies)|comprehensive(?:ly)?|aggressively|precisely|glossy|veneer|crucial|"
                            + "favorable|highly effective|boldly|hardest|regrettable|disservice|grateful|apology|akin|pillar|robust|"
                            + "strong policy support|greater results|resolves this issue|praises|not so sure|supportive)\\b|支柱", CI)),
            new Signal("hedged or conditional", ClaimType.OTHER, 0.15, Pattern.compile(
                    "^(?:if|unless|perhaps|maybe)\\b|\\b(?:may not|might|risks becoming|could be)\\b", CI)));
}
