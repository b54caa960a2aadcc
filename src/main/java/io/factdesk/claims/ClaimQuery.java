package io.factdesk.claims;

import io.factdesk.support.FactdeskException;

/**
 * Which claims to list, count or review.
 *
 * @param seedName only claims of this seed, or null
 * @param type     only claims of this type, or null
 * @param minScore only claims scoring at least this, or null
 * @param search   only claims whose text matches these words (full-text, all words), or null
 * @param assignedTo only claims assigned to this reviewer (and not taken back), or null
 * @param matched  only claims that are the same claim as one someone has already judged
 */
public record ClaimQuery(StatusFilter status, String seedName, ClaimType type, Double minScore, String search,
                         int limit, int offset, String assignedTo, boolean matched) {

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public ClaimQuery {
        status = status == null ? StatusFilter.ACTIVE : status;
        if (limit < 1) {
            throw FactdeskException.badInput("--limit must be at least 1, got " + limit);
        }
        if (offset < 0) {
            throw FactdeskException.badInput("--offset must not be negative, got " + offset);
        }
        if (minScore != null && !(minScore >= 0 && minScore <= 1)) {
            throw FactdeskException.badInput("--min-score must be between 0 and 1, got " + minScore);
        }
        if (search != null && search.isBlank()) {
            search = null;
        }
    }

    public ClaimQuery(StatusFilter status, String seedName, ClaimType type, Double minScore, String search,
                      int limit, int offset, String assignedTo) {
        this(status, seedName, type, minScore, search, limit, offset, assignedTo, false);
    }

    public ClaimQuery(StatusFilter status, String seedName, ClaimType type, Double minScore, String search,
                      int limit, int offset) {
        this(status, seedName, type, minScore, search, limit, offset, null);
    }

    public ClaimQuery matchedOnly(boolean only) {
        return new ClaimQuery(status, seedName, type, minScore, search, limit, offset, assignedTo, only);
    }

    public static ClaimQuery of(StatusFilter status, String seedName) {
        return new ClaimQuery(status, seedName, null, null, null, NO_LIMIT, 0);
    }

    public ClaimQuery withStatus(StatusFilter newStatus) {
        return new ClaimQuery(newStatus, seedName, type, minScore, search, limit, offset, assignedTo, matched);
    }

    public ClaimQuery assignedTo(String reviewer) {
        return new ClaimQuery(status, seedName, type, minScore, search, limit, offset, reviewer, matched);
    }
}
