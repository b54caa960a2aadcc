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
        int open = claims.count(filter.withStatus(StatusFilter.NEEDS_REVIEW));
        int done = claims.count(filter.withStatus(StatusFilter.REVIEWED)) + claims.count(filter.withStatus(StatusFilter.DISPUTED));
        current = new Progress(done, done + open);
        sinceRefresh = 0;
    }

    /** A verdict moved a claim from one review state to another. */
    void saved(ReviewState before, ReviewState after) {
        if (current != null && before == ReviewState.NEEDS_REVIEW && after != ReviewState.NEEDS_REVIEW) {
            current = new Progress(Math.min(current.total(), current.done() + 1), current.total());
        }
    }

    /** Something else changed the queue (an undo): count again next time. */
    void recount() {
        current = null;
    }
}
