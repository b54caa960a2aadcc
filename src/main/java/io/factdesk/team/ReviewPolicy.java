package io.factdesk.team;

import java.time.Duration;

import io.factdesk.support.FactdeskException;

/**
 * The team's review policy: how many people's verdicts each claim needs, whether reviewers judge blind
 * (without seeing each other's verdicts until their own is saved), and how long a claim on someone's
 * review screen stays theirs.
 */
public record ReviewPolicy(int reviewsRequired, boolean blind, int leaseMinutes) {

    public static final int MAX_REVIEWS = 20;
    public static final int MAX_LEASE_MINUTES = 1440;

    public ReviewPolicy {
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
}
