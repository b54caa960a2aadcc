package io.factdesk.verdicts;

import java.util.List;

/**
 * The JSON shape of one verdict-log entry (README, "JSON output"). appliedFrom and
 * appliedFromClaim are set on a verdict that apply-group copied: the source entry and its claim.
 */
public record VerdictJson(long id, long claimId, String kind, String rating, Integer ratingValue,
                          List<String> evidence, String note, String reviewer, String osUser, String reviewedAt,
                          String recordedAt, Long supersedes, Long retracts, String batchFile, Integer batchRow,
                          Long appliedFrom, Long appliedFromClaim) {

    public static VerdictJson of(VerdictEntry e) {
        Rating r = e.rating();
        return new VerdictJson(e.id(), e.claimId(), e.kind().name(), r == null ? null : r.name(),
                r == null || !r.isRated() ? null : r.ratingValue().getAsInt(), e.evidence(), e.note(), e.reviewer(),
                e.osUser(), e.reviewedAt(), e.recordedAt(), e.supersedesId(), e.retractsId(), e.batchFile(),
                e.batchRow(), e.appliedFromId(), e.appliedFromClaimId());
    }
}
