package io.factdesk.review;

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
 * or the end of the review releases it) or expires (a process that died). Picking the claim and taking
 * its lease happen in one transaction: on SQLite it holds the file's write lock, so two processes pick
 * one after the other; on PostgreSQL the lease's primary key lets only one of two racing sessions have
 * it, and the other picks again.
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

    /** A review session's identity as a lease holder: unique per process and review. */
    public static String newHolder() {
        return UUID.randomUUID().toString();
    }

    /** The reviewer's next claim, leased to {@code holder}; the holder's earlier lease is released. */
    public Optional<Claim> next(ClaimQuery filter, String reviewer, String holder, boolean revisit,
                                Collection<Claim> skipped, Claim after) {
        List<Claim> lost = new ArrayList<>(skipped);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Optional<Claim>> picked = transactions.inTransaction(() -> {
                leases.releaseAll(holder);
                var now = clock.now();
                Optional<Claim> next = claims.nextFor(filter, new ReviewerTurn(reviewer, holder, now, revisit), lost, after);
                if (next.isEmpty()) {
                    return Optional.of(Optional.<Claim>empty());
                }
                boolean mine = leases.take(next.get().id(), reviewer, holder, now, now.plus(policy.current().lease()));
                if (!mine) {
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
    public boolean hold(long claimId, String reviewer, String holder) {
        return transactions.inTransaction(() -> {
            leases.releaseAll(holder);
            var now = clock.now();
            return leases.take(claimId, reviewer, holder, now, now.plus(policy.current().lease()));
        });
    }

    public void release(String holder) {
        transactions.inTransaction(() -> leases.releaseAll(holder));
    }
}
