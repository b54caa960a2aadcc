package io.factdesk.verdicts;

import java.util.List;

/**
 * One entry of the append-only verdict log: a verdict, or the retraction of one.
 *
 * @param rating             null for a retraction
 * @param supersedesId       the same reviewer's verdict this one replaced, if any
 * @param retractsId         for a retraction, the verdict it took back
 * @param batchFile          for an imported verdict, the file it came from; batchRow its row
 * @param appliedFromId      for a verdict written by apply-group, the entry it was copied from
 * @param appliedFromClaimId the claim that entry is on
 */
public record VerdictEntry(long id, long claimId, Kind kind, Rating rating, List<String> evidence, String note,
                           String reviewer, String osUser, String reviewedAt, String recordedAt, Long supersedesId,
                           Long retractsId, String batchFile, Integer batchRow, Long appliedFromId,
                           Long appliedFromClaimId) {

    public enum Kind { VERDICT, RETRACTION }

    public VerdictEntry {
        evidence = List.copyOf(evidence);
    }
}
