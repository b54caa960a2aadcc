package io.factdesk.claims;

import java.util.Locale;

/**
 * Where a claim stands. Derived from the claim and the verdict log, never stored:
 * stale (its sentence left the seed), reviewed (a live verdict exists), pending
 * (in the queue), held (kept out of the queue by the extractor).
 */
public enum ClaimStatus {
    PENDING, REVIEWED, HELD, STALE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
