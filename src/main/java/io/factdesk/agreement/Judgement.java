package io.factdesk.agreement;

import java.util.Objects;

import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;

/**
 * One reviewer's current verdict on one claim: what every agreement figure is computed from.
 * The name is kept in its canonical form, so one person is one rater however the name was typed.
 */
public record Judgement(long item, String reviewer, Rating outcome) {

    public Judgement {
        Objects.requireNonNull(outcome, "outcome");
        reviewer = ReviewerName.canonical(reviewer);
        if (reviewer.isEmpty()) {
            throw new IllegalArgumentException("a judgement needs a reviewer");
        }
    }
}
