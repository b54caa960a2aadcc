package io.factdesk.claims;

import io.factdesk.support.FactdeskException;

/** Which claims to list or count. */
public record ClaimQuery(StatusFilter status, String seedName, int limit, int offset) {

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public ClaimQuery {
        status = status == null ? StatusFilter.ACTIVE : status;
        if (limit < 1) {
            throw FactdeskException.badInput("--limit must be at least 1, got " + limit);
        }
        if (offset < 0) {
            throw FactdeskException.badInput("--offset must not be negative, got " + offset);
        }
    }

    public static ClaimQuery of(StatusFilter status, String seedName) {
        return new ClaimQuery(status, seedName, NO_LIMIT, 0);
    }
}
