package io.factdesk.claims;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** The --status choices of claims list and claims count. */
public enum StatusFilter {
    /** The default: the review queue, done and to do (pending and reviewed). */
    ACTIVE(EnumSet.of(ClaimStatus.PENDING, ClaimStatus.REVIEWED)),
    PENDING(EnumSet.of(ClaimStatus.PENDING)),
    REVIEWED(EnumSet.of(ClaimStatus.REVIEWED)),
    HELD(EnumSet.of(ClaimStatus.HELD)),
    STALE(EnumSet.of(ClaimStatus.STALE)),
    ALL(EnumSet.allOf(ClaimStatus.class));

    private final Set<ClaimStatus> statuses;

    StatusFilter(Set<ClaimStatus> statuses) {
        this.statuses = statuses;
    }

    /** The name given to --status and offered by tab completion. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Set<ClaimStatus> statuses() {
        return statuses;
    }

    public static StatusFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return ACTIVE;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw FactdeskException.badInput("unknown status '" + TerminalText.safe(text)
                    + "'; one of active, pending, reviewed, held, stale, all");
        }
    }
}
