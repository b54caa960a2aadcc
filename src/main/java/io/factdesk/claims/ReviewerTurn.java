package io.factdesk.claims;

import java.time.Instant;

/**
 * Whose review queue is asked for: the reviewer's name, the review session holding leases (so that its
 * own leases do not hide claims from it), the time leases are compared with, and whether claims the
 * reviewer already judged come back.
 */
public record ReviewerTurn(String reviewer, String holder, Instant now, boolean revisit) {

    public ReviewerTurn {
        if (reviewer == null || holder == null || now == null) {
            throw new IllegalArgumentException("a reviewer's turn needs a reviewer, a holder and a time");
        }
    }
}
