package io.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.ReviewState;
import io.factdesk.support.FactdeskException;

/** The policy's rules, and the claim states they give, without a database. */
class PolicySettingTest {

    private static final ReviewPolicy DEFAULT = new ReviewPolicy(1, false, 15);

    @Test
    void eachSettingChangesOnlyItself() {
        assertThat(PolicySetting.parse("reviews-required").applyTo(DEFAULT, "2")).isEqualTo(new ReviewPolicy(2, false, 15));
        assertThat(PolicySetting.parse("BLIND").applyTo(DEFAULT, " on ")).isEqualTo(new ReviewPolicy(1, true, 15));
        assertThat(PolicySetting.parse("lease_minutes").applyTo(DEFAULT, "30")).isEqualTo(new ReviewPolicy(1, false, 30));
    }

    @Test
    void badValuesAreRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> PolicySetting.REVIEWS_REQUIRED.applyTo(DEFAULT, "0")).isInstanceOf(FactdeskException.class)
                .hasMessage("reviews-required must be between 1 and 20, got 0");
        assertThatThrownBy(() -> PolicySetting.REVIEWS_REQUIRED.applyTo(DEFAULT, "two"))
                .hasMessage("reviews-required takes N, from 1 to 20, got 'two'");
        assertThatThrownBy(() -> PolicySetting.BLIND.applyTo(DEFAULT, "yes")).hasMessage("blind takes on|off, got 'yes'");
        assertThatThrownBy(() -> PolicySetting.parse("quorum"))
                .hasMessage("unknown policy setting 'quorum'; one of " + PolicySetting.labels());
    }

    @Test
    void theStateFollowsTheNumberOfPeopleAndWhetherTheyAgree() {
        assertThat(ReviewState.of(ClaimStatus.PENDING, 0, false, 2)).isEqualTo(ReviewState.NEEDS_REVIEW);
        assertThat(ReviewState.of(ClaimStatus.REVIEWED, 1, false, 2)).isEqualTo(ReviewState.NEEDS_REVIEW);
        assertThat(ReviewState.of(ClaimStatus.REVIEWED, 2, false, 2)).isEqualTo(ReviewState.REVIEWED);
        assertThat(ReviewState.of(ClaimStatus.REVIEWED, 1, false, 1)).isEqualTo(ReviewState.REVIEWED);
        assertThat(ReviewState.of(ClaimStatus.REVIEWED, 2, true, 3)).as("a difference is a dispute before the quorum")
                .isEqualTo(ReviewState.DISPUTED);
        assertThat(ReviewState.of(ClaimStatus.STALE, 2, true, 2)).isEqualTo(ReviewState.STALE);
        assertThat(ReviewState.of(ClaimStatus.HELD, 0, false, 1)).isEqualTo(ReviewState.HELD);
        assertThat(ReviewState.NEEDS_REVIEW.label()).isEqualTo("needs-review");
    }
}
