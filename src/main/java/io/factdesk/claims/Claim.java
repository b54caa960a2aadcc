package io.factdesk.claims;

import java.util.List;

/** A stored claim, as the shell and the reports show it. */
public record Claim(long id, long seedId, String seedName, String seedTitle, int position, int startOffset,
                    int endOffset, String text, String contextBefore, String contextAfter, String fingerprint,
                    double score, List<String> reasons, ClaimType type, boolean checkworthy, boolean promoted,
                    String claimant, ClaimStatus status) {

    public Claim {
        reasons = List.copyOf(reasons);
    }
}
