package io.factdesk.claims;

import java.util.Locale;

/**
 * Where a claim stands for the team, under its policy of N reviews per claim: fewer people than N
 * have a current verdict on it (needs review); N or more agree (reviewed); their current verdicts
 * differ (disputed). Claims the extractor held back, and claims whose sentence left the seed, stand
 * outside the review.
 */
public enum ReviewState {
    NEEDS_REVIEW, REVIEWED, DISPUTED, HELD, STALE;

    /** As users type and read it: {@code needs-review}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReviewState of(ClaimStatus status, int reviewers, boolean disputed, int reviewsRequired) {
        return switch (status) {
            case STALE -> STALE;
            case HELD -> HELD;
            case PENDING -> NEEDS_REVIEW;
            case REVIEWED -> disputed ? DISPUTED : reviewers >= reviewsRequired ? REVIEWED : NEEDS_REVIEW;
        };
    }
}
