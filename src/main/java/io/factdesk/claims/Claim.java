package io.factdesk.claims;

import java.util.List;

/**
 * A stored claim, as the shell and the reports show it. {@code status} is where it stands in the
 * queue; {@code reviewers} counts the people with a live verdict on it and {@code disputed} says
 * whether their current verdicts differ, which with the team's policy (read with the claim), an editor's
 * open return ({@code returned}) and sign-off ({@code publishedAt}, null until then) give its
 * {@link ReviewState}. {@code score} is the rules'; {@code modelScore} the learned model's probability, null where
 * the model was not asked (a sentence the rules keep out, a language its encoder does not know, or a claim
 * extracted before the model came).
 */
public record Claim(long id, long seedId, String seedName, String seedTitle, int position, int startOffset,
                    int endOffset, String text, String contextBefore, String contextAfter, String fingerprint,
                    double score, List<String> reasons, ClaimType type, boolean checkworthy, boolean promoted,
                    String claimant, ClaimStatus status, int reviewers, boolean disputed, int reviewsRequired,
                    boolean returned, java.time.Instant publishedAt, Double modelScore) {

    public Claim {
        reasons = List.copyOf(reasons);
    }

    /** Where the claim stands under the team's policy of {@code reviewsRequired} people's verdicts per claim. */
    public ReviewState state() {
        return ReviewState.of(status, reviewers, disputed, reviewsRequired, publishedAt != null, returned);
    }
}
