package io.factdesk.claims;

import java.util.Locale;

/**
 * Where a claim stands for the team, under its policy of N reviews per claim: fewer people than N
 * have a current verdict on it (needs review); N or more agree (reviewed, awaiting an editor's
 * sign-off); their current verdicts differ (disputed, awaiting an editor's decision); an editor sent
 * it back to a reviewer who has not answered yet (returned); an editor signed it off (published, for
 * good: only a correction changes it). Claims the extractor held back, and claims whose sentence left
 * the seed, stand outside the review.
 */
public enum ReviewState {
    NEEDS_REVIEW, RETURNED, REVIEWED, DISPUTED, PUBLISHED, HELD, STALE;

    /** As users type and read it: {@code needs-review}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the claim waits for an editor: reviewed (to sign off) or disputed (to decide). */
    public boolean awaitsSignOff() {
        return this == REVIEWED || this == DISPUTED;
    }

    public static ReviewState of(ClaimStatus status, int reviewers, boolean disputed, int reviewsRequired) {
        return of(status, reviewers, disputed, reviewsRequired, false, false);
    }

    public static ReviewState of(ClaimStatus status, int reviewers, boolean disputed, int reviewsRequired,
                                 boolean published, boolean returned) {
        if (published) {
            return PUBLISHED;
        }
        return switch (status) {
            case STALE -> STALE;
            case HELD -> HELD;
            case PENDING -> returned ? RETURNED : NEEDS_REVIEW;
            case REVIEWED -> returned ? RETURNED
                    : disputed ? DISPUTED : reviewers >= reviewsRequired ? REVIEWED : NEEDS_REVIEW;
        };
    }
}
