package io.factdesk.desk;

import java.util.ArrayList;
import java.util.List;

import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Service;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.DeskEventKind;
import io.factdesk.claimviews.ClaimViewService;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.claimviews.DeskStepRepository;
import io.factdesk.claimviews.SignOff;
import io.factdesk.db.DatabaseError;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskException;
import io.factdesk.team.PolicyService;
import io.factdesk.team.Roster;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.OsUser;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;

/**
 * The editor's steps on a claim: approve (sign off the reviewers' agreed rating), decide (settle a dispute
 * with a rating of one's own), return (send it back to a reviewer with a comment) and correct (change a
 * published rating in the open). Each step reads the claim holding it, so a verdict arriving at the same
 * moment comes before or after, never in between; the log's own rules (one sign-off per claim, nothing
 * after publication) stand behind these checks whoever writes.
 */
@Service
public class DeskService {

    /** What a return did: the reviewers it went to, and those it was open for already. */
    public record Returned(long claimId, List<String> sentTo, List<String> alreadyOpen) {
    }

    private final ClaimRepository claims;
    private final ClaimViewService claimViews;
    private final DeskStepRepository steps;
    private final SignOffRepository signOffs;
    private final PolicyService policy;
    private final Roster roster;
    private final Transactions transactions;
    private final Clock clock;

    public DeskService(ClaimRepository claims, ClaimViewService claimViews, DeskStepRepository steps,
                       SignOffRepository signOffs, PolicyService policy, Roster roster, Transactions transactions, Clock clock) {
        this.claims = claims;
        this.claimViews = claimViews;
        this.steps = steps;
        this.signOffs = signOffs;
        this.policy = policy;
        this.roster = roster;
        this.transactions = transactions;
        this.clock = clock;
    }

    public DeskStep approve(ClaimId id, Note note, ReviewerName editor) {
        roster.requireEditor(editor, "approve");
        return write(id, (claim, cv, signOff) -> {
            Rating rating = SignOffRules.approval(claim, cv.current(), signOff, editor, policy.current().selfApproval());
            return signOffs.append(DeskEventKind.APPROVE, claim.id(), editor.value(), OsUser.name(), clock.nowMillis(),
                    note == null || note.isEmpty() ? null : note.value(), rating, null);
        });
    }

    public DeskStep decide(ClaimId id, Rating rating, Note note, ReviewerName editor) {
        String why = SignOffRules.requiredNote("decide", "why this rating settles the dispute", note);
        roster.requireEditor(editor, "decide");
        return write(id, (claim, cv, signOff) -> {
            SignOffRules.decision(claim, cv.current(), signOff);
            return signOffs.append(DeskEventKind.DECIDE, claim.id(), editor.value(), OsUser.name(), clock.nowMillis(),
                    why, rating, null);
        });
    }

    public DeskStep correct(ClaimId id, Rating rating, Note note, ReviewerName editor) {
        String text = SignOffRules.requiredNote("correct", "the public correction text readers will see", note);
        roster.requireEditor(editor, "correct");
        return write(id, (claim, cv, signOff) -> {
            Rating previous = SignOffRules.correction(claim, cv.current(), signOff);
            return signOffs.append(DeskEventKind.CORRECT, claim.id(), editor.value(), OsUser.name(), clock.nowMillis(),
                    text, rating, previous);
        });
    }

    /** Sends the claim back to one reviewer (--to) or to everyone with a current verdict on it. */
    public Returned returnClaim(ClaimId id, Note note, ReviewerName to, ReviewerName editor) {
        String comment = SignOffRules.requiredNote("return", "what the reviewer should look at again", note);
        roster.requireEditor(editor, "return");
        return guarded(id, () -> transactions.inTransaction(() -> {
            Claim claim = claims.findLocked(id).orElseThrow(() -> notFound(id));
            ClaimWithVerdicts cv = claimViews.show(claim);
            List<String> sent = new ArrayList<>();
            List<String> open = new ArrayList<>();
            var now = clock.nowMillis();
            for (String reviewer : SignOffRules.returnees(claim, cv.current(), SignOff.of(steps.of(claim.id())), to)) {
                (signOffs.returnTo(claim.id(), reviewer, editor.value(), OsUser.name(), now, comment) ? sent : open).add(reviewer);
            }
            return new Returned(claim.id(), sent, open);
        }));
    }

    /** The first claim awaiting sign-off (reviewed or disputed), in queue order, other than those skipped. */
    public java.util.Optional<ClaimWithVerdicts> nextAwaiting(java.util.Set<Long> skipped) {
        var query = new io.factdesk.claims.ClaimQuery(io.factdesk.claims.StatusFilter.AWAITING_SIGNOFF, null, null, null,
                null, skipped.size() + 1, 0);
        return claims.list(query).stream().filter(c -> !skipped.contains(c.id())).findFirst().map(claimViews::show);
    }

    public int countAwaiting() {
        return claims.count(io.factdesk.claims.ClaimQuery.of(io.factdesk.claims.StatusFilter.AWAITING_SIGNOFF, null));
    }

    /** Refuses, before the first card, someone who may not sign off. */
    public void requireEditor(ReviewerName editor) {
        roster.requireEditor(editor, "work the desk");
    }

    /** The steps on a claim so far, and what they add up to. */
    public SignOff signOff(long claimId) {
        return SignOff.of(steps.of(claimId));
    }

    private interface Step {
        long take(Claim claim, ClaimWithVerdicts cv, SignOff signOff);
    }

    private DeskStep write(ClaimId id, Step step) {
        return guarded(id, () -> transactions.inTransaction(() -> {
            Claim claim = claims.findLocked(id).orElseThrow(() -> notFound(id));
            long entry = step.take(claim, claimViews.show(claim), SignOff.of(steps.of(claim.id())));
            return steps.of(claim.id()).stream().filter(s -> s.id() == entry).findFirst().orElseThrow();
        }));
    }

    /** The log's rules, met when another editor got there first: one line, as the checks above would say. */
    private <T> T guarded(ClaimId id, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            DatabaseError error = transactions.errorOf(e);
            if (error == DatabaseError.UNIQUE_VIOLATION) {
                throw FactdeskException.conflict("claim " + id + " was signed off by someone else a moment ago; see 'history " + id + "'");
            }
            if (error == DatabaseError.RULE_REFUSED) {
                throw FactdeskException.conflict("claim " + id + " was published a moment ago; see 'history " + id + "'");
            }
            throw e;
        }
    }

    private static FactdeskException notFound(ClaimId id) {
        return FactdeskException.notFound("claim " + id + " not found");
    }
}
