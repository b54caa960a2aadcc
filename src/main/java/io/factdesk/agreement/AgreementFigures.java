package io.factdesk.agreement;

import java.util.List;

/**
 * Every agreement figure over one set of judgements; written as it is by {@code agreement --format json}
 * and in the report's JSON export.
 *
 * @param items        claims with verdicts from two or more reviewers (the only ones agreement can use)
 * @param reviewers    the reviewers of those claims, by canonical name
 * @param minimumItems below this many items a figure is flagged as too few to mean anything
 * @param confusion    the outcomes of one pair of reviewers side by side, or null when no two share a claim
 */
public record AgreementFigures(int items, List<String> reviewers, int minimumItems, Figure percentAgreement,
                               Figure alphaOrdinal, Figure alphaNominal, List<PairKappa> cohen, Fleiss fleiss,
                               List<LabelAgreement> perLabel, Confusion confusion) {

    public AgreementFigures {
        reviewers = List.copyOf(reviewers);
        cohen = List.copyOf(cohen);
        perLabel = List.copyOf(perLabel);
    }

    /** Cohen's kappa of two reviewers over the claims both judged. */
    public record PairKappa(String reviewerA, String reviewerB, Figure kappa) {
    }

    /**
     * Fleiss' kappa, which needs the same number of raters on every item: computed over the claims with
     * the most common number of reviewers.
     *
     * @param raters  the number of reviewers on each claim it was computed over (0 when there are none)
     * @param leftOut claims with two or more reviewers but another number of them
     */
    public record Fleiss(int raters, int leftOut, Figure kappa) {
    }

    /**
     * How well reviewers agree on one outcome.
     *
     * @param verdicts          verdicts with this outcome on claims with two or more reviewers
     * @param items             claims where someone gave this outcome
     * @param specificAgreement of the other reviewers' verdicts paired with one of this outcome, the share
     *                          that is this outcome too (positive specific agreement)
     * @param alpha             Krippendorff's alpha for this outcome against all others
     */
    public record LabelAgreement(String outcome, int verdicts, int items, double specificAgreement, Figure alpha) {
    }

    /**
     * A contingency table: {@code counts.get(r).get(c)} claims got outcome r from reviewerA and c from reviewerB.
     *
     * @param outcomes the outcomes either of them gave on the shared claims, in scale order; rows and columns
     */
    public record Confusion(String reviewerA, String reviewerB, int shared, List<String> outcomes,
                            List<List<Integer>> counts) {

        public Confusion {
            outcomes = List.copyOf(outcomes);
            counts = counts.stream().map(List::copyOf).toList();
        }
    }
}
