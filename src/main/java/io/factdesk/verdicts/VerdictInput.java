package io.factdesk.verdicts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.factdesk.claims.ClaimId;
import io.factdesk.support.FactdeskException;

/**
 * A verdict as a reviewer gives it, before it is written. The same rules hold for the
 * {@code verdict} command, the review loop and every import.
 */
public record VerdictInput(ClaimId claimId, Rating rating, List<EvidenceUrl> evidence, Note note,
                           ReviewerName reviewer, Instant reviewedAt) {

    public VerdictInput {
        if (claimId == null || rating == null || reviewer == null) {
            throw new IllegalArgumentException("claim, rating and reviewer are required");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        note = note == null ? new Note("") : note;
        reviewedAt = (reviewedAt == null ? Instant.now() : reviewedAt).truncatedTo(ChronoUnit.MILLIS);
        if (rating.isRated() && evidence.isEmpty()) {
            throw FactdeskException.badInput("a " + rating.name()
                    + " verdict needs at least one evidence URL (--evidence URL)");
        }
        if (evidence.stream().distinct().count() != evidence.size()) {
            throw FactdeskException.badInput("the same evidence URL is given twice");
        }
    }
}
