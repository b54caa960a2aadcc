package io.factdesk.claimviews;

import java.time.Instant;

import io.factdesk.claims.DeskEventKind;
import io.factdesk.verdicts.Rating;

/**
 * One entry of the desk log about a claim: an assignment, a reveal in blind mode, or an editor's step.
 *
 * @param reviewer       who was assigned, or whom a claim was returned to; for the editor's own steps, the editor
 * @param actor          who took the step
 * @param detail         the editor's note or comment, the correction's public text, or the command of a reveal
 * @param rating         the rating signed off, decided or corrected to; null for other kinds
 * @param previousRating the rating a correction replaced
 * @param verdictWatermark for a return, the newest verdict entry on the claim then: the reviewer's next one answers it
 */
public record DeskStep(long id, long claimId, DeskEventKind kind, String reviewer, String actor, String osUser,
                       Instant recordedAt, String detail, Rating rating, Rating previousRating, Long verdictWatermark) {

    /** How a sign-off published the claim: "decided" (an editorial verdict on a dispute) or "approved". */
    public String how() {
        return kind == DeskEventKind.DECIDE ? "decided" : "approved";
    }

    /** Whether a return has been answered by its reviewer in {@code entries} (the claim's verdict log). */
    public boolean answeredIn(java.util.List<io.factdesk.verdicts.VerdictEntry> entries) {
        return kind == DeskEventKind.RETURN && entries.stream().anyMatch(e -> e.kind() == io.factdesk.verdicts.VerdictEntry.Kind.VERDICT
                && e.reviewer().equals(reviewer) && e.id() > verdictWatermark);
    }
}
