package io.factdesk.review;

import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ReviewState;
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
        // the whole queue, published claims included, so that the total stays put as editors sign off
        int total = claims.count(filter.withStatus(StatusFilter.ACTIVE));
        int open = claims.count(filter.withStatus(StatusFilter.NEEDS_REVIEW)) + claims.count(filter.withStatus(StatusFilter.RETURNED));
        current = new Progress(total - open, total);
        sinceRefresh = 0;
    }

    /** A verdict moved a claim from one review state to another. */
    void saved(ReviewState before, ReviewState after) {
        boolean wasOpen = before == ReviewState.NEEDS_REVIEW || before == ReviewState.RETURNED;
        boolean isOpen = after == ReviewState.NEEDS_REVIEW || after == ReviewState.RETURNED;
        if (current != null && wasOpen && !isOpen) {
            current = new Progress(Math.min(current.total(), current.done() + 1), current.total());
        }
    }

    /** Something else changed the queue (an undo): count again next time. */
    void recount() {
        current = null;
    }
}
