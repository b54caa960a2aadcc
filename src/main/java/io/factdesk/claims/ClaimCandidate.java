package io.factdesk.claims;

/**
 * A sentence of a seed with its assessment, ready to be stored as a claim.
 *
 * @param position    the sentence's number within the seed, from 1
 * @param fingerprint stable identity: the seed's name, the normalised sentence and which occurrence it is
 */
public record ClaimCandidate(int position, Sentence sentence, String contextBefore, String contextAfter,
                             Assessment assessment, boolean checkworthy, String fingerprint, String claimant) {
}
