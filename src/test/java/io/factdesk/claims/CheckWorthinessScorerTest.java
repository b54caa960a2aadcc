package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckWorthinessScorerTest {

    private final SentenceSegmenter segmenter = new SentenceSegmenter();
    private final CheckWorthinessScorer scorer = new CheckWorthinessScorer();

    private Assessment assess(String text) {
        return scorer.assess(segmenter.split(text).get(0), false);
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
                .anySatisfy(r -> assertThat(r).startsWith("what a law or policy does: \"requires\""))
                .noneSatisfy(r -> assertThat(r).startsWith("number:"));
    }
}
