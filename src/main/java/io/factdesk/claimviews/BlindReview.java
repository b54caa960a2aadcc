package io.factdesk.claimviews;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.team.PolicyService;
import io.factdesk.verdicts.OsUser;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;

/**
 * Blind review: while the team's policy says blind, someone who has not yet judged a claim sees no one
 * else's verdict or note on it, only how many there are, so that a second review is independent. An
 * editor or a script may ask to see them ({@code --unblind}); every such request goes into the desk log.
 */
@Service
public class BlindReview {

    private final PolicyService policy;
    private final RevealLogRepository reveals;
    private final Transactions transactions;
    private final Clock clock;

    public BlindReview(PolicyService policy, RevealLogRepository reveals, Transactions transactions, Clock clock) {
        this.policy = policy;
        this.reveals = reveals;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether other reviewers' verdicts are hidden from those who have not judged a claim, this time. */
    public boolean hides(boolean unblind) {
        return !unblind && policy.current().blind();
    }

    /** The claims as this viewer may see them; {@code unblind} shows all and records who asked, per claim. */
    public List<ClaimWithVerdicts> forViewer(List<ClaimWithVerdicts> claims, Optional<ReviewerName> viewer,
                                             boolean unblind, String command) {
        // A review card is most often a claim no one has judged yet: then neither blinding nor an unblind changes
        // or records anything, and the policy is not read (a round trip per card on a server).
        if (claims.stream().allMatch(ClaimWithVerdicts::nothingToBlind) || !policy.current().blind()) {
            return claims;
        }
        if (unblind) {
            String who = viewer.map(ReviewerName::value).orElse(OsUser.name());
            var now = clock.nowMillis();
            transactions.inTransaction(() -> claims.stream().filter(cv -> !cv.current().isEmpty())
                    .forEach(cv -> reveals.record(cv.claim().id(), who, OsUser.name(), now, command)));
            return claims;
        }
        return claims.stream().map(cv -> judgedBy(cv, viewer) ? cv : cv.blinded()).toList();
    }

    public ClaimWithVerdicts forViewer(ClaimWithVerdicts claim, Optional<ReviewerName> viewer, boolean unblind, String command) {
        return forViewer(List.of(claim), viewer, unblind, command).get(0);
    }

    /** A claim's log as this viewer may see it: in blind mode, without other people's entries until theirs is in. */
    public record VisibleHistory(List<VerdictEntry> entries, int hidden) {
    }

    public VisibleHistory history(long claimId, List<VerdictEntry> entries, Optional<ReviewerName> viewer, boolean unblind) {
        if (!policy.current().blind() || entries.isEmpty()) {
            return new VisibleHistory(entries, 0);
        }
        String me = viewer.map(v -> ReviewerName.canonical(v.value())).orElse(null);
        java.util.Set<Long> retracted = entries.stream().map(VerdictEntry::retractsId).filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        boolean judged = me != null && entries.stream().anyMatch(e -> e.kind() == VerdictEntry.Kind.VERDICT
                && !retracted.contains(e.id()) && ReviewerName.canonical(e.reviewer()).equals(me));
        if (judged || unblind) {
            if (unblind && !judged) {
                String who = viewer.map(ReviewerName::value).orElse(OsUser.name());
                transactions.inTransaction(() -> reveals.record(claimId, who, OsUser.name(), clock.nowMillis(), "history"));
            }
            return new VisibleHistory(entries, 0);
        }
        List<VerdictEntry> own = entries.stream().filter(e -> me != null && ReviewerName.canonical(e.reviewer()).equals(me)).toList();
        return new VisibleHistory(own, entries.size() - own.size());
    }

    private static boolean judgedBy(ClaimWithVerdicts cv, Optional<ReviewerName> viewer) {
        return viewer.isPresent() && cv.current().stream()
                .anyMatch(v -> ReviewerName.canonical(v.reviewer()).equals(ReviewerName.canonical(viewer.get().value())));
    }
}
