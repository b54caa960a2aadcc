package io.factdesk.claims;

import java.util.List;

/**
 * Why a sentence is, or is not, worth checking.
 *
 * @param score   0 to 1
 * @param reasons every signal found, in words a reviewer can verify against the sentence
 * @param type    the kind of claim
 * @param excluded whether a rule keeps it out of the queue whatever its score (heading, question, boilerplate)
 */
public record Assessment(double score, List<String> reasons, ClaimType type, boolean excluded) {

    public Assessment {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        reasons = List.copyOf(reasons);
    }

    public boolean checkworthy(double threshold) {
        return !excluded && score >= threshold;
    }
}
