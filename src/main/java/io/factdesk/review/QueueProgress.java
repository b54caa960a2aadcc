package io.factdesk.review;

import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.StatusFilter;

/**
 * The counts behind the review's progress line. Counting the queue at 100,000 claims costs more
 * than the rest of a review step, so the counts are read at the start and then every
 * {@value #REFRESH_EVERY} claims (which picks up other reviewers' work), after the card is on
 * screen rather than before it; in between they are moved by this session's own saves.
 */
final class QueueProgress {

    static final int REFRESH_EVERY = 20;

    private final ClaimRepository claims;
    private final ClaimQuery filter;
    private Progress current;
    private int sinceRefresh;

    QueueProgress(ClaimRepository claims, ClaimQuery filter) {
        this.claims = claims;
        this.filter = filter;
    }

    Progress current() {
        if (current == null) {
            count();
        }
        return current;
    }

    /** Called once a claim is on screen: every {@value #REFRESH_EVERY} claims, counts again. */
    void shown() {
        if (++sinceRefresh >= REFRESH_EVERY) {
            count();
        }
    }

    private void count() {
        var counts = claims.countByStatus(filter.withStatus(StatusFilter.ACTIVE));
        int reviewed = counts.getOrDefault(ClaimStatus.REVIEWED, 0);
        current = new Progress(reviewed, reviewed + counts.getOrDefault(ClaimStatus.PENDING, 0));
        sinceRefresh = 0;
    }

    /** A verdict was saved on a claim that had the given status when it was shown. */
    void saved(ClaimStatus before) {
        if (current != null && before == ClaimStatus.PENDING) {
            current = new Progress(Math.min(current.total(), current.reviewed() + 1), current.total());
        }
    }

    /** Something else changed the queue (an undo): count again next time. */
    void recount() {
        current = null;
    }
}
