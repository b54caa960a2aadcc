package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CheckWorthinessScorerTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final CheckWorthinessScorer scorer = new CheckWorthinessScorer();

    private Assessment assess(String text) {
        return scorer.assess(segmenter.split(text).get(0), false);
    }

    @Test
    void aLineOfItsOwnEndingInAColonOnlyIntroducesWhatFollows() {
        assertThat(assess("Key figures:\n- Exports rose 12% in 2025.").reasons()).containsExactly("lead-in line (ends in a colon)");
        assertThat(assess("The ministry's plan, approved in 2025, has three parts:\n1. Build 4 plants.").reasons())
                .containsExactly("lead-in line (ends in a colon)");
        assertThat(assess("经济数据：\n出口增长了百分之十二。").reasons()).containsExactly("lead-in line (ends in a colon)");
        // Within a paragraph, a colon ends nothing: the sentence goes on being scored.
        Assessment inParagraph = assess("Exports rose 12% in 2025, the ministry said: rice led. Then it rained.");
        assertThat(inParagraph.excluded()).isFalse();
    }

    @Test
    void statisticsScoreHighWithReasons() {
        Assessment a = assess("We know startups have only a 5% success rate.");
        assertThat(a.checkworthy(0.5)).isTrue();
        assertThat(a.type()).isEqualTo(ClaimType.STATISTIC);
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).startsWith("percentage: \"5%\""));
    }

    @Test
    void predictionsAreTypedAsSuch() {
        Assessment a = assess("Within 18 months, the ministry will license 3 new cloud providers.");
        assertThat(a.type()).isEqualTo(ClaimType.PREDICTION);
        assertThat(a.checkworthy(0.5)).isTrue();
    }

    @Test
    void questionsHeadingsAndBoilerplateAreExcludedWithTheReason() {
        assertThat(assess("**Critics say patients will die on the road. What do you say to them?**").reasons())
                .containsExactly("question or interview prompt");
        assertThat(assess("Could you share the main challenges that businesses face?").reasons())
                .containsExactly("question or interview prompt");
        assertThat(assess("What Happens Next? The Prediction\n").excluded()).isTrue();
        assertThat(assess("Source link: https://example.org/a").reasons())
                .containsExactly("byline, dateline or boilerplate");
        assertThat(assess("Leave a Reply").excluded()).isTrue();
        assertThat(assess("Deep Analysis: Why This Isn't Just Another Plan").reasons().get(0)).startsWith("heading");
    }

    @Test
    void opinionLowersTheScore() {
        Assessment opinion = assess("This is a wonderful aspect of the Resolution.");
        assertThat(opinion.checkworthy(0.2)).isFalse();
        assertThat(opinion.reasons()).anySatisfy(r -> assertThat(r).startsWith("evaluative language: \"wonderful\""));
        Assessment exhortation = assess("We must align thoughts and strategies before the 2030 deadline.");
        assertThat(exhortation.reasons()).anySatisfy(r -> assertThat(r).startsWith("opinion or exhortation"));
        assertThat(exhortation.score()).isLessThan(assess("Ministries aligned their strategies before the 2030 deadline.").score());
    }

    @Test
    void aNumberThatNamesALawIsAPolicySignalNotAStatistic() {
        Assessment a = assess("Resolution 57 requires party committees to include scientific officers.");
        assertThat(a.type()).isEqualTo(ClaimType.POLICY);
        assertThat(a.reasons()).anySatisfy(r -> assertThat(r).startsWith("legal or policy subject: \"Resolution 57\""))
                .anySatisfy(r -> assertThat(r).startsWith("what a law or policy requires: \"requires\""))
                .noneSatisfy(r -> assertThat(r).startsWith("number:"));
    }

    @Test
    void vagueSentencesLeaveTheQueueWithTheReasonAndAnchoredOnesStay() {
        double threshold = 0.2;
        Map<String, String> vague = Map.of(
                "In the long run, this will pay off for everyone.", "vague: the subject only points back",
                "For now, we will keep working on the plan.", "vague: the speaker's own intention",
                "If the council agrees, the law will change.", "vague: a condition or an open question",
                "The new policy is expected to improve outcomes in rural areas.", "vague: what a policy is expected");
        vague.forEach((text, reason) -> {
            Assessment a = assess(text);
            assertThat(a.checkworthy(threshold)).as(text).isFalse();
            assertThat(a.reasons()).as(text).anySatisfy(r -> assertThat(r).startsWith(reason));
        });
        for (String anchored : List.of("In the long run, this will cost the city $2 million a year.",
                "For now, we will keep 40 nurses on the night shift.",
                "If the council agrees, tolls will rise by 15% in May.",
                "The new policy is expected to cut waiting times to 12 days by 2027.")) {
            Assessment a = assess(anchored);
            assertThat(a.checkworthy(threshold)).as(anchored).isTrue();
            assertThat(a.reasons()).as(anchored).noneSatisfy(r -> assertThat(r).startsWith("vague"));
        }
    }

    @Test
    void versionLabelsAndTheChineseArticleAreNotNumbers() {
        assertThat(assess("This is the moment of the Industry 4.0 revolution in our cities.").reasons())
                .noneSatisfy(r -> assertThat(r).startsWith("number:"));
        assertThat(assess("Output rose to 4.5 million units in the first quarter.").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("number: \"4.5\""));
        assertThat(assess("这是一个重要的决议。").reasons()).noneSatisfy(r -> assertThat(r).startsWith("number:"));
        assertThat(assess("该省去年关闭了三个诊所。").reasons()).anySatisfy(r -> assertThat(r).startsWith("number: \"三个\""));
    }

    @Test
    void zeroIsACountButNoneOfThisIsNot() {
        assertThat(assess("Our plan adds none.").checkworthy(0.2)).isTrue();
        assertThat(assess("The motion does not ring-fence a single euro for buses.").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("number:"));
        assertThat(assess("None of this means that traffic is not a problem.").reasons())
                .noneSatisfy(r -> assertThat(r).startsWith("number:"));
    }

    @Test
    void aShortSentenceNeedsSomethingConcreteAndADateIsNotEnough() {
        assertThat(assess("Typically, we must bid.").checkworthy(0.2)).isTrue();
        Assessment aside = assess("Traders are cautious about 2026.");
        assertThat(aside.checkworthy(0.2)).isFalse();
        assertThat(aside.reasons()).contains("too short to carry a checkable claim");
        assertThat(assess("The plan has three parts:").checkworthy(0.2)).isFalse();
    }

    @Test
    void requiringEffortOrMoneyIsNotARule() {
        assertThat(assess("The design phase requires substantial investment in people and tools.").reasons())
                .noneSatisfy(r -> assertThat(r).startsWith("what a law or policy requires"));
        assertThat(assess("Banks require land-use certificates as collateral.").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("what a law or policy requires: \"require\""));
        assertThat(assess("The overlay of modern digital mandates is new.").reasons())
                .noneSatisfy(r -> assertThat(r).startsWith("what a law or policy does"));
        assertThat(assess("The decree mandates a review of every clinic.").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("what a law or policy does: \"mandates a\""));
    }

    @Test
    void aPolicyNamedWithNothingSaidOfItIsVague() {
        Assessment topic = assess("Additionally, the procedures of the Development Fund are complex and restrictive.");
        assertThat(topic.checkworthy(0.2)).isFalse();
        assertThat(topic.reasons()).anySatisfy(r -> assertThat(r).startsWith("vague: names a law or policy"));
        Assessment change = assess("With the new funds, we can now hire engineers that were previously out of reach.");
        assertThat(change.checkworthy(0.2)).isTrue();
        assertThat(change.reasons()).anySatisfy(r -> assertThat(r).startsWith("change over time"));
    }

    @Test
    void aRecommendationIsNotAClaimUnlessSomeoneIsReportedMakingIt() {
        Assessment advice = assess("It should exempt shift workers who start before 6 a.m.");
        assertThat(advice.checkworthy(0.2)).isFalse();
        assertThat(advice.reasons()).anySatisfy(r -> assertThat(r).startsWith("vague: a recommendation"));
        assertThat(assess("The minister said clinics should stay open until 10 p.m. from May.").checkworthy(0.2)).isTrue();
        assertThat(assess("Should the council agree, fares will rise by 10% in May.").reasons())
                .noneSatisfy(r -> assertThat(r).startsWith("vague"));
    }

    @Test
    void anOpenQuestionAboutTheFutureIsVague() {
        assertThat(assess("Nobody knows how long the slump will last.").reasons())
                .anySatisfy(r -> assertThat(r).startsWith("vague: a condition or an open question"));
        assertThat(assess("The slump will last until 2027, the bank forecasts.").checkworthy(0.2)).isTrue();
    }

    @Test
    void correctionNoticesAreBoilerplate() {
        assertThat(assess("This article was updated on 4 January 2026 to correct a name.").reasons())
                .containsExactly("byline, dateline or boilerplate");
    }

    @Test
    void chineseExhortationCountsAsOpinion() {
        assertThat(assess("我们有了这项政策,需要充分利用。").reasons()).anySatisfy(r -> assertThat(r).startsWith("opinion or exhortation"));
    }

    @Test
    void theVaguenessCheckNamesOnlySignalsThatExist() {
        var names = CheckWorthinessRules.POSITIVE.stream().map(CheckWorthinessRules.Signal::reason).toList();
        assertThat(names).containsAll(VaguenessCheck.ANCHORS).containsAll(VaguenessCheck.CONCRETE)
                .contains("prediction or plan");
    }
}
