package io.factdesk.review;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ReviewerTurn;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.team.PolicyService;

/**
 * One reviewer's queue, one claim at a time, each leased to this review session while it is on screen:
 * another reviewer's queue skips it until the lease is released (save, skip, quit, Ctrl-C: the next claim
 * or the end of the review releases it) or expires (a process that died). The lease is one conditional
 * upsert on the claim's primary key, so of two sessions that picked the same claim only one has it, and
 * the other picks again; the pick and the take need no transaction around them (each statement stands
 * alone), which spares a server the commit's round trip. The claim that was on screen before is released
 * once the next one is shown ({@link #settle}), so the card does not wait for it.
 */
@Service
public class ReviewQueue {

    private static final int ATTEMPTS = 20;

    private final ClaimRepository claims;
    private final LeaseRepository leases;
    private final PolicyService policy;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewQueue(ClaimRepository claims, LeaseRepository leases, PolicyService policy, Transactions transactions,
                       Clock clock) {
        this.claims = claims;
        this.leases = leases;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A review session as a lease holder: its identity, unique per process and review, and how long its leases
     * last. The policy's lease length is read once, when the review opens (it is a dead process's timeout, not a
     * rule a claim's state depends on), which saves a round trip per card on a server.
     */
    public record Session(String holder, Duration lease) {
        public Session {
            if (holder == null || holder.isBlank() || lease == null || lease.isNegative() || lease.isZero()) {
                throw new IllegalArgumentException("a review session needs a holder and a positive lease, got "
                        + holder + ", " + lease);
            }
        }
    }

    /** A new review session, with the lease length the policy gives now. */
    public Session open() {
        return new Session(UUID.randomUUID().toString(), policy.current().lease());
    }

    /**
     * The reviewer's next claim, leased to the session. The session's earlier lease stays until
     * {@link #settle} (or {@link #release} at the end of the review).
     */
    public Optional<Claim> next(ClaimQuery filter, String reviewer, Session session, boolean revisit,
                                Collection<Claim> skipped, Claim after) {
        String holder = session.holder();
        List<Claim> lost = new ArrayList<>(skipped);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Optional<Claim>> picked = transactions.autocommitted(() -> {
                var now = clock.now();
                Optional<Claim> next = claims.nextFor(filter, new ReviewerTurn(reviewer, holder, now, revisit), lost, after);
                if (next.isEmpty()) {
                    return Optional.of(Optional.<Claim>empty());
                }
                if (!leases.take(next.get().id(), reviewer, holder, now, now.plus(session.lease()))) {
                    lost.add(next.get());
                    return Optional.<Optional<Claim>>empty();
                }
                return Optional.of(next);
            });
            if (picked.isPresent()) {
                return picked.get();
            }
        }
        return Optional.empty();
    }

    /** Takes the lease on a claim the reviewer goes back to; false when someone else holds it. */
    public boolean hold(long claimId, String reviewer, Session session) {
        return transactions.autocommitted(() -> {
            var now = clock.now();
            return leases.take(claimId, reviewer, session.holder(), now, now.plus(session.lease()));
        });
    }

    /** Releases every lease of the session but the one on the claim now on screen. */
    public void settle(Session session, long onScreen) {
        transactions.autocommitted(() -> leases.releaseAllBut(session.holder(), onScreen));
    }

    public void release(String holder) {
        transactions.autocommitted(() -> leases.releaseAll(holder));
    }
}
