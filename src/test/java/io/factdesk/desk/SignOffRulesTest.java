package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.ClaimType;
import io.factdesk.claims.DeskEventKind;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.claimviews.SignOff;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;

/** The sign-off rules on their own: states, the two-person rule, returns and corrections. */
class SignOffRulesTest {

    private static final ReviewerName HA = new ReviewerName("Hà");
    private static final SignOff NONE = SignOff.of(List.of());

    @Test
    void onlyAReviewedClaimIsApprovedAndWithTheAgreedRating() {
        assertThat(SignOffRules.approval(claim(2, false, 2, null), verdicts("Lan:TRUE", "Minh:TRUE"), NONE, HA, false))
                .isEqualTo(Rating.TRUE);
        assertConflict(() -> SignOffRules.approval(claim(1, false, 2, null), verdicts("Lan:TRUE"), NONE, HA, false),
                "claim 7 is waiting for 1 more review (the policy wants 2); cannot approve it");
        assertConflict(() -> SignOffRules.approval(claim(2, true, 2, null), verdicts("Lan:TRUE", "Minh:FALSE"), NONE, HA, false),
                "claim 7 is disputed (Lan: TRUE, Minh: FALSE); cannot approve it; settle it: decide 7 RATING --note \"why\"");
    }

    @Test
    void theTwoPersonRuleHoldsUnlessThePolicyAllowsSelfApproval() {
        Claim mine = claim(1, false, 1, null);
        assertConflict(() -> SignOffRules.approval(mine, verdicts("Hà:FALSE"), NONE, HA, false),
                "claim 7: its only verdict is Hà's own, and the two-person rule wants someone else to sign it off");
        assertConflict(() -> SignOffRules.approval(claim(2, false, 2, null), verdicts("Hà:FALSE", "Hà:FALSE"), NONE, HA, false),
                "claim 7: its only verdict is Hà's own");
        assertThat(SignOffRules.approval(mine, verdicts("Hà:FALSE"), NONE, HA, true)).isEqualTo(Rating.FALSE);
        assertThat(SignOffRules.approval(claim(2, false, 2, null), verdicts("Hà:FALSE", "Lan:FALSE"), NONE, HA, false))
                .as("someone else's verdict too").isEqualTo(Rating.FALSE);
    }

    @Test
    void aCorrectionNeedsAPublishedClaimAndTextAndReplacesTheRatingInForce() {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        SignOff decided = SignOff.of(List.of(step(1, DeskEventKind.DECIDE, Rating.HALF_TRUE, null, at),
                step(2, DeskEventKind.CORRECT, Rating.FALSE, Rating.HALF_TRUE, at.plusSeconds(60))));
        assertThat(SignOffRules.correction(claim(2, true, 2, at), verdicts("Lan:TRUE", "Minh:FALSE"), decided))
                .as("the rating in force is the last correction's").isEqualTo(Rating.FALSE);
        assertThat(decided.modifiedAt()).contains(at.plusSeconds(60));
        assertConflict(() -> SignOffRules.correction(claim(2, false, 2, null), verdicts("Lan:TRUE", "Minh:TRUE"), NONE),
                "claim 7 is reviewed, not published: a correction changes a published check; sign it off: approve 7");
        assertThatThrownBy(() -> SignOffRules.requiredNote("correct", "the public correction text", new Note(" \n")))
                .hasMessage("correct needs --note: the public correction text")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aReturnGoesToTheNamedReviewerOrToEveryoneWithAVerdict() {
        var current = verdicts("Minh:TRUE", "Lan:FALSE");
        assertThat(SignOffRules.returnees(claim(2, true, 2, null), current, NONE, null)).containsExactly("Lan", "Minh");
        assertThat(SignOffRules.returnees(claim(2, true, 2, null), current, NONE, new ReviewerName("Lan"))).containsExactly("Lan");
        assertConflict(() -> SignOffRules.returnees(claim(2, false, 2, Instant.EPOCH), current, NONE, null),
                "claim 7 is published; cannot return it; to change it in the open: correct 7");
        assertConflict(() -> SignOffRules.returnees(claim(0, false, 2, null), List.of(), NONE, null),
                "claim 7 has no verdict to send back");
    }

    private static void assertConflict(Runnable step, String messageStart) {
        assertThatThrownBy(step::run).isInstanceOf(FactdeskException.class).hasMessageStartingWith(messageStart)
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    private static Claim claim(int reviewers, boolean disputed, int required, Instant publishedAt) {
        return new Claim(7, 1, "a.txt", "A", 1, 0, 10, "Exports rose 12% in 2024.", null, null, "f", 0.9, List.of(),
                ClaimType.STATISTIC, true, false, null, reviewers == 0 ? ClaimStatus.PENDING : ClaimStatus.REVIEWED,
                reviewers, disputed, required, false, publishedAt, null);
    }

    private static List<VerdictEntry> verdicts(String... reviewerRatings) {
        long[] id = {1};
        return java.util.Arrays.stream(reviewerRatings).map(rr -> {
            String[] p = rr.split(":");
            return new VerdictEntry(id[0]++, 7, VerdictEntry.Kind.VERDICT, Rating.valueOf(p[1]), List.of("https://e.org/x"),
                    "n", p[0], "os", "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", null, null, null, null, null, null);
        }).toList();
    }

    private static DeskStep step(long id, DeskEventKind kind, Rating rating, Rating previous, Instant at) {
        return new DeskStep(id, 7, kind, "Hà", "Hà", "os", at, "why", rating, previous, null);
    }
}
