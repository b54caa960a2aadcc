package io.factdesk.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.KnownSeeds;
import io.factdesk.claims.DeskEventKind;
import io.factdesk.claims.ReviewState;
import io.factdesk.claims.StatusFilter;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskException;
import io.factdesk.team.PolicyService;
import io.factdesk.verdicts.OsUser;
import io.factdesk.verdicts.KnownReviewers;
import io.factdesk.verdicts.ReviewerName;

/** Assigns claims to reviewers and takes assignments back, in the desk's append-only log. */
@Service
public class AssignmentService {

    private static final int CHUNK = 500;

    /** What an assign or unassign did: entries written, and claims it left as they were. */
    public record Outcome(int written, int unchanged, Map<String, Integer> perReviewer) {
    }

    /** One reviewer's open assignments: done (their live verdict is in) and still to do. */
    public record Load(String reviewer, int done, int open) {
    }

    private final DeskLogRepository log;
    private final ClaimRepository claims;
    private final PolicyService policy;
    private final Transactions transactions;
    private final Clock clock;
    private final KnownReviewers roster;

    public AssignmentService(DeskLogRepository log, ClaimRepository claims, PolicyService policy,
                             Transactions transactions, Clock clock, KnownReviewers roster) {
        this.roster = roster;
        this.log = log;
        this.claims = claims;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The claims named by id, or else those matching the query. Only claims that need review can be given
     * to a reviewer: their queue offers nothing else (a disputed claim waits for an editor).
     */
    public List<Long> selectToAssign(List<ClaimId> ids, ClaimQuery query) {
        if (!ids.isEmpty()) {
            for (ClaimId id : ids) {
                Claim claim = claims.find(id).orElseThrow(() -> FactdeskException.notFound("claim " + id.value() + " not found"));
                if (claim.state() != ReviewState.NEEDS_REVIEW) {
                    throw FactdeskException.badInput("claim " + id.value() + " is " + claim.state().label()
                            + "; only claims that need review can be assigned");
                }
            }
            return ids.stream().map(ClaimId::value).distinct().sorted().toList();
        }
        KnownSeeds.require(query.seedName(), claims::seedNames);
        if (query.status() != StatusFilter.NEEDS_REVIEW && query.status() != StatusFilter.PENDING) {
            throw FactdeskException.badInput("--status " + query.status().label() + ": only claims that need review"
                    + " can be assigned (needs-review or pending)");
        }
        return claims.list(query).stream().map(Claim::id).toList();
    }

    /** The claims named by id (each must exist), or else those matching the query, in any state: for taking assignments back. */
    public List<Long> select(List<ClaimId> ids, ClaimQuery query) {
        for (ClaimId id : ids) {
            if (!claims.exists(id)) {
                throw FactdeskException.notFound("claim " + id.value() + " not found");
            }
        }
        if (ids.isEmpty()) {
            KnownSeeds.require(query.seedName(), claims::seedNames);
        }
        return ids.isEmpty() ? claims.list(query).stream().map(Claim::id).toList()
                : ids.stream().map(ClaimId::value).distinct().sorted().toList();
    }

    public Outcome assign(List<Long> claimIds, ReviewerName to, ReviewerName by) {
        roster.requireKnown(to);
        return write(DeskEventKind.ASSIGN, claimIds, to, by);
    }

    public Outcome unassign(List<Long> claimIds, ReviewerName from, ReviewerName by) {
        return write(DeskEventKind.UNASSIGN, claimIds, from, by);
    }

    private Outcome write(DeskEventKind kind, List<Long> claimIds, ReviewerName who, ReviewerName by) {
        return transactions.inTransaction(() -> {
            int written = 0;
            var now = clock.nowMillis();
            for (long id : claimIds) {
                written += log.append(kind, id, who.value(), by.value(), OsUser.name(), now) ? 1 : 0;
            }
            return new Outcome(written, claimIds.size() - written, Map.of(who.value(), written));
        });
    }

    /**
     * Gives each claim that needs review as many more reviewers as the policy still requires (people who
     * judged it or hold it count), spread evenly over the reviewers ({@link AutoAssigner}).
     */
    public Outcome assignAuto(ClaimQuery query, List<ReviewerName> reviewers, ReviewerName by) {
        if (reviewers.size() < 1) {
            throw FactdeskException.badInput("--reviewers needs at least one name");
        }
        KnownReviewers.Check team = roster.current();
        reviewers.forEach(team::requireKnown);
        KnownSeeds.require(query.seedName(), claims::seedNames);
        List<String> names = reviewers.stream().map(ReviewerName::value).distinct().toList();
        return transactions.inTransaction(() -> {
            int required = policy.current().reviewsRequired();
            List<Claim> queue = claims.list(query.withStatus(StatusFilter.NEEDS_REVIEW));
            List<AutoAssigner.Need> needs = new ArrayList<>();
            for (int from = 0; from < queue.size(); from += CHUNK) {
                List<Claim> chunk = queue.subList(from, Math.min(queue.size(), from + CHUNK));
                Map<Long, Set<String>> involved = log.involved(chunk.stream().map(Claim::id).toList());
                for (Claim c : chunk) {
                    Set<String> in = involved.getOrDefault(c.id(), Set.of());
                    int more = required - in.size();
                    if (more > 0) {
                        needs.add(new AutoAssigner.Need(c.id(), more, in));
                    }
                }
            }
            Map<String, Integer> load = new HashMap<>();
            log.open(null).stream().filter(a -> !a.done()).forEach(a -> load.merge(a.reviewer(), 1, Integer::sum));
            Map<Long, List<String>> plan = AutoAssigner.assign(needs, names, load);
            var now = clock.nowMillis();
            Map<String, Integer> perReviewer = new TreeMap<>();
            names.forEach(n -> perReviewer.put(n, 0));
            int written = 0;
            for (var entry : plan.entrySet()) {
                for (String reviewer : entry.getValue()) {
                    if (log.append(DeskEventKind.ASSIGN, entry.getKey(), reviewer, by.value(), OsUser.name(), now)) {
                        written++;
                        perReviewer.merge(reviewer, 1, Integer::sum);
                    }
                }
            }
            return new Outcome(written, queue.size() - plan.size(), perReviewer);
        });
    }

    /** Open assignments per reviewer (of one reviewer, when given), in name order. */
    public List<Load> loads(ReviewerName reviewer) {
        if (reviewer != null) {
            roster.requireKnown(reviewer);   // with a roster, a typo is named rather than answered with nothing
        }
        Map<String, int[]> counts = new TreeMap<>();
        log.open(reviewer == null ? null : reviewer.value())
                .forEach(a -> counts.computeIfAbsent(a.reviewer(), r -> new int[2])[a.done() ? 0 : 1]++);
        return counts.entrySet().stream().map(e -> new Load(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
