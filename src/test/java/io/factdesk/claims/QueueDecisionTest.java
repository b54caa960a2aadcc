package io.factdesk.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How rules and model decide the queue together: plain unit tests, no model loaded. */
class QueueDecisionTest {

    private static final double QUEUE = 0.70;

    private static Assessment rules(double score, boolean excluded) {
        return new Assessment(score, List.of("number: \"12\""), ClaimType.STATISTIC, excluded);
    }

    @Test
    void whatTheRulesExcludeTheModelIsNotAskedAbout() {
        Assessment heading = rules(0.9, true);
        QueueDecision d = QueueDecision.of(heading, false, 0.99, QUEUE);
        assertThat(d.checkworthy()).isFalse();
        assertThat(d.modelScore()).isNull();
        assertThat(d.assessment().reasons()).containsExactly("number: \"12\"");
    }

    @Test
    void theModelNeverTakesOutWhatTheRulesQueueButItsScoreIsAReason() {
        QueueDecision d = QueueDecision.of(rules(0.5, false), true, 0.04, QUEUE);
        assertThat(d.checkworthy()).isTrue();
        assertThat(d.modelScore()).isEqualTo(0.04);
        assertThat(d.assessment().reasons()).containsExactly("number: \"12\"", "model: 0.04");
        assertThat(d.assessment().score()).as("the rules' own score stays").isEqualTo(0.5);
    }

    @Test
    void theModelAddsWhatTheRulesPassOverAtItsQueueThreshold() {
        QueueDecision d = QueueDecision.of(rules(0.0, false), false, 0.83, QUEUE);
        assertThat(d.checkworthy()).isTrue();
        assertThat(d.assessment().reasons()).last().isEqualTo("model: 0.83 (queued by the model: 0.70 or more)");

        QueueDecision below = QueueDecision.of(rules(0.0, false), false, 0.69, QUEUE);
        assertThat(below.checkworthy()).isFalse();
        assertThat(below.assessment().reasons()).last().isEqualTo("model: 0.69 (not queued: the model queues at 0.70 or more)");
    }

    @Test
    void theDecisionIsTakenOnTheFigureShown() {
        // 0.6951 shows as 0.70, so it is queued; 0.6949 shows as 0.69 and is not
        assertThat(QueueDecision.of(rules(0.0, false), false, 0.6951, QUEUE).checkworthy()).isTrue();
        assertThat(QueueDecision.of(rules(0.0, false), false, 0.6949, QUEUE).checkworthy()).isFalse();
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> QueueDecision.of(rules(0.0, false), false, Double.NaN, QUEUE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueueDecision.of(rules(0.0, false), false, 1.2, QUEUE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
