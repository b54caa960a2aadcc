package io.factdesk.review;

import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimId;
import io.factdesk.claimviews.AlreadyChecked;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.GroupVerdictService;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;

/**
 * The review card's reuse key: takes over the closest earlier check shown on the card that has a rating to take
 * (a workbench claim's verdict, cited by its entry id, or a published fact-check, cited by its URL as evidence),
 * as a new verdict by the reviewer on screen. The notice says what was saved and from where, so nothing is
 * copied silently.
 */
@Component
class Reuse {

    /** What the key did: the entry saved (null if none) and the line that tells the reviewer. */
    record Outcome(VerdictEntry saved, String notice) {
    }

    private final GroupVerdictService groupVerdicts;

    Reuse(GroupVerdictService groupVerdicts) {
        this.groupVerdicts = groupVerdicts;
    }

    Outcome apply(ClaimWithVerdicts claim, ReviewerName reviewer) {
        var earlier = claim.matches().stream().filter(m -> m.reuseAs() != null).findFirst();
        if (earlier.isEmpty()) {
            return new Outcome(null, claim.matches().isEmpty() ? "No earlier check of this claim to reuse."
                    : "The earlier checks shown give no rating to reuse (disputed, or not on our scale): "
                    + "give the verdict by hand.");
        }
        AlreadyChecked m = earlier.get();
        ClaimId target = new ClaimId(claim.claim().id());
        try {
            if (m.claimId() != null) {
                VerdictEntry saved = groupVerdicts.reuse(target, new ClaimId(m.claimId()), m.reuseAs(), reviewer);
                return new Outcome(saved, "Saved " + saved.rating().name() + " on claim " + saved.claimId()
                        + " (entry " + saved.id() + "), reused from claim " + m.claimId() + " (entry "
                        + saved.appliedFromId() + ")." + ReviewLoop.UNDO_HINT);
            }
            VerdictEntry saved = groupVerdicts.reusePublished(target, new GroupVerdictService.PublishedCheck(m.url(),
                    m.by(), m.date(), m.ratingName(), m.reuseAs()), reviewer);
            return new Outcome(saved, "Saved " + saved.rating().name() + " on claim " + saved.claimId() + " (entry "
                    + saved.id() + "), reused from the fact-check by " + TerminalText.safe(m.by()) + " ("
                    + TerminalText.safe(m.url()) + ", rated '"
                    + TerminalText.safe(m.ratingName() == null ? m.rating() : m.ratingName())
                    + "')." + ReviewLoop.UNDO_HINT);
        } catch (FactdeskException e) {
            return new Outcome(null, "Not saved: " + e.getMessage() + ".");
        }
    }
}
