package io.factdesk.claims;

/** Another claim in the same near-duplicate group, as shown beside a claim. */
public record NearDuplicate(long claimId, double similarity, String seedName, String text) {
}
