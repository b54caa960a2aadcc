package io.factdesk.team;

import java.time.Duration;

import io.factdesk.support.FactdeskException;

/**
 * The team's review policy: how many people's verdicts each claim needs, whether reviewers judge blind
 * (without seeing each other's verdicts until their own is saved), how long a claim on someone's
 * review screen stays theirs, whether an editor may sign off a claim whose only verdict is their own
 * (off: the two-person rule), and the publishing settings.
 */
public record ReviewPolicy(int reviewsRequired, boolean blind, int leaseMinutes, boolean selfApproval,
                           Publishing publishing) {

    public static final int MAX_REVIEWS = 20;
    public static final int MAX_LEASE_MINUTES = 1440;

    public ReviewPolicy(int reviewsRequired, boolean blind, int leaseMinutes) {
        this(reviewsRequired, blind, leaseMinutes, false, Publishing.NONE);
    }

    public ReviewPolicy {
        publishing = publishing == null ? Publishing.NONE : publishing;
        if (reviewsRequired < 1 || reviewsRequired > MAX_REVIEWS) {
            throw FactdeskException.badInput("reviews-required must be between 1 and " + MAX_REVIEWS + ", got " + reviewsRequired);
        }
        if (leaseMinutes < 1 || leaseMinutes > MAX_LEASE_MINUTES) {
            throw FactdeskException.badInput("lease-minutes must be between 1 and " + MAX_LEASE_MINUTES + ", got " + leaseMinutes);
        }
    }

    public Duration lease() {
        return Duration.ofMinutes(leaseMinutes);
    }

    ReviewPolicy withReviewsRequired(int n) {
        return new ReviewPolicy(n, blind, leaseMinutes, selfApproval, publishing);
    }

    ReviewPolicy withBlind(boolean on) {
        return new ReviewPolicy(reviewsRequired, on, leaseMinutes, selfApproval, publishing);
    }

    ReviewPolicy withLeaseMinutes(int minutes) {
        return new ReviewPolicy(reviewsRequired, blind, minutes, selfApproval, publishing);
    }

    ReviewPolicy withSelfApproval(boolean on) {
        return new ReviewPolicy(reviewsRequired, blind, leaseMinutes, on, publishing);
    }

    ReviewPolicy with(Publishing p) {
        return new ReviewPolicy(reviewsRequired, blind, leaseMinutes, selfApproval, p);
    }
}
