package io.factdesk.desk;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ReviewState;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.claimviews.SignOff;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;

/**
 * When an editor may take each step on a claim, and what it publishes. Each refusal is one line that says
 * why and what to do instead (exit 3 for the claim's state, exit 2 for missing input).
 */
final class SignOffRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private SignOffRules() {
    }

    /**
     * The rating an approval publishes: the one the reviewers agree on. Refused unless the claim is reviewed
     * under the policy, and (two-person rule) when its only verdicts are the editor's own, unless the policy
     * allows self-approval.
     */
    static Rating approval(Claim claim, List<VerdictEntry> current, SignOff signOff, ReviewerName editor, boolean selfApproval) {
        ReviewState state = claim.state();
        if (state != ReviewState.REVIEWED) {
            throw notNow(claim, current, signOff, "approve");
        }
        if (!selfApproval && current.stream().allMatch(v -> ReviewerName.same(v.reviewer(), editor.value()))) {
            throw FactdeskException.conflict("claim " + claim.id() + ": its only verdict is " + safe(editor.value())
                    + "'s own, and the two-person rule wants someone else to sign it off ('policy set self-approval on'"
                    + " allows it on a one-person desk)");
        }
        return current.get(0).rating();
    }

    /** A decision settles a dispute, and only a dispute. */
    static void decision(Claim claim, List<VerdictEntry> current, SignOff signOff) {
        if (claim.state() != ReviewState.DISPUTED) {
            throw notNow(claim, current, signOff, "decide");
        }
    }

    /**
     * Whom a return goes to: the reviewer named, who must have a current verdict on the claim, else every
     * reviewer with one. Refused on a published claim and on a claim nobody has judged.
     */
    static List<String> returnees(Claim claim, List<VerdictEntry> current, SignOff signOff, ReviewerName to) {
        if (claim.state() == ReviewState.PUBLISHED) {
            throw notNow(claim, current, signOff, "return");
        }
        List<String> reviewers = current.stream().map(VerdictEntry::reviewer).distinct().sorted().toList();
        if (reviewers.isEmpty()) {
            throw FactdeskException.conflict("claim " + claim.id() + " has no verdict to send back");
        }
        if (to == null) {
            return reviewers;
        }
        return reviewers.stream().filter(r -> ReviewerName.same(r, to.value())).findFirst().map(List::of)
                .orElseThrow(() -> FactdeskException.badInput("--to: " + safe(to.value()) + " has no verdict on claim "
                        + claim.id() + "; its reviewers: " + safe(String.join(", ", reviewers))));
    }

    /** A correction changes a published claim, and only a published one; the rating it replaces. */
    static Rating correction(Claim claim, List<VerdictEntry> current, SignOff signOff) {
        if (claim.state() != ReviewState.PUBLISHED) {
            throw FactdeskException.conflict("claim " + claim.id() + " is " + claim.state().label()
                    + ", not published: a correction changes a published check" + instead(claim, current, signOff));
        }
        return signOff.finalRating().orElseThrow();
    }

    /** The note a decision, return or correction must carry. */
    static String requiredNote(String step, String what, io.factdesk.verdicts.Note note) {
        if (note == null || note.isEmpty()) {
            throw FactdeskException.badInput(step + " needs --note: " + what);
        }
        return note.value();
    }

    private static FactdeskException notNow(Claim claim, List<VerdictEntry> current, SignOff signOff, String step) {
        return FactdeskException.conflict("claim " + claim.id() + " is " + describe(claim, current, signOff)
                + "; cannot " + step + " it" + instead(claim, current, signOff));
    }

    private static String describe(Claim claim, List<VerdictEntry> current, SignOff signOff) {
        return switch (claim.state()) {
            case PUBLISHED -> "published" + signOff.signedOff().map(s -> " (" + s.how()
                    + " by " + safe(s.actor()) + " on " + DAY.format(s.recordedAt()) + ")").orElse("");
            case DISPUTED -> "disputed (" + current.stream().map(v -> safe(v.reviewer()) + ": " + v.rating().name())
                    .collect(Collectors.joining(", ")) + ")";
            case RETURNED -> "returned to " + safe(signOff.returns().stream().map(DeskStep::reviewer).distinct()
                    .collect(Collectors.joining(", "))) + ", waiting for their verdict";
            case NEEDS_REVIEW -> {
                int missing = Math.max(1, claim.reviewsRequired() - claim.reviewers());
                yield "waiting for " + missing + " more review" + (missing == 1 ? "" : "s")
                        + " (the policy wants " + claim.reviewsRequired() + ")";
            }
            case REVIEWED -> "reviewed (" + current.get(0).rating().name() + ", " + current.size() + " of "
                    + claim.reviewsRequired() + " required)";
            default -> claim.state().label();
        };
    }

    private static String instead(Claim claim, List<VerdictEntry> current, SignOff signOff) {
        return switch (claim.state()) {
            case PUBLISHED -> "; to change it in the open: correct " + claim.id() + " RATING --note \"public correction\"";
            case DISPUTED -> "; settle it: decide " + claim.id() + " RATING --note \"why\"";
            case REVIEWED -> "; sign it off: approve " + claim.id();
            default -> "";
        };
    }

    private static String safe(String text) {
        return TerminalText.safe(text);
    }
}
