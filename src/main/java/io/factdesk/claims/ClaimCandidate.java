package io.factdesk.claims;

/**
 * A sentence of a seed with its assessment, ready to be stored as a claim.
 *
 * @param position    the sentence's number within the seed, from 1
 * @param fingerprint stable identity: the seed's name, the normalised sentence and which occurrence it is
 * @param modelScore  the learned model's probability, or null where the model was not asked
 */
public record ClaimCandidate(int position, Sentence sentence, String contextBefore, String contextAfter,
                             Assessment assessment, boolean checkworthy, String fingerprint, String claimant,
                             Double modelScore) {

    /** The same sentence with the model's say added: its probability as a reason, and the queue's decision. */
    ClaimCandidate withModel(double probability, double queueThreshold) {
        QueueDecision d = QueueDecision.of(assessment, checkworthy, probability, queueThreshold);
        return new ClaimCandidate(position, sentence, contextBefore, contextAfter, d.assessment(), d.checkworthy(),
                fingerprint, claimant, d.modelScore());
    }
}
