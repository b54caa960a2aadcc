package io.factdesk.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.factdesk.verdicts.Rating;

/**
 * The figures against published worked examples with known answers, and the rules around them
 * (too few items, no variation, which pair the confusion matrix shows).
 */
class AgreementCalculatorTest {

    private static final Rating[] BY_VALUE = {null, Rating.FALSE, Rating.MOSTLY_FALSE, Rating.HALF_TRUE,
            Rating.MOSTLY_TRUE, Rating.TRUE};

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), the example with missing
     * values: four observers, twelve units, values 1-5 (0 = no value). Rows are observers A-D.
     */
    private static final int[][] KRIPPENDORFF_2011 = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
            {0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
    };

    private static List<Judgement> fromMatrix(int[][] observersByUnit) {
        List<Judgement> out = new ArrayList<>();
        for (int o = 0; o < observersByUnit.length; o++) {
            for (int u = 0; u < observersByUnit[o].length; u++) {
                if (observersByUnit[o][u] != 0) {
                    out.add(new Judgement(u + 1, "Observer " + (char) ('A' + o), BY_VALUE[observersByUnit[o][u]]));
                }
            }
        }
        return out;
    }

    @Test
    void krippendorffsOwnExampleWithMissingValues() {
        AgreementFigures f = AgreementCalculator.compute(fromMatrix(KRIPPENDORFF_2011), null);
        // Unit 12 has one value only, so eleven units are pairable.
        assertThat(f.items()).isEqualTo(11);
        assertThat(f.alphaNominal().value()).isCloseTo(0.743, within(0.0005));
        assertThat(f.alphaOrdinal().value()).isCloseTo(0.815, within(0.0005));
        assertThat(f.alphaOrdinal().items()).isEqualTo(11);
        assertThat(f.alphaNominal().enough()).isTrue();
        assertThat(f.reviewers()).containsExactly("Observer A", "Observer B", "Observer C", "Observer D");
    }

    /**
     * Wikipedia, "Cohen's kappa", the 50-proposal example: both say yes 20 times, both no 15 times, A yes and
     * B no 5 times, A no and B yes 10 times; p_o = 0.7, p_e = 0.5, kappa = 0.4.
     */
    @Test
    void cohensKappaOfTheFiftyItemExample() {
        List<Judgement> js = new ArrayList<>();
        int item = 0;
        item = add(js, item, 20, Rating.TRUE, Rating.TRUE);
        item = add(js, item, 15, Rating.FALSE, Rating.FALSE);
        item = add(js, item, 5, Rating.TRUE, Rating.FALSE);
        add(js, item, 10, Rating.FALSE, Rating.TRUE);

        AgreementFigures f = AgreementCalculator.compute(js, null);

        assertThat(f.items()).isEqualTo(50);
        assertThat(f.percentAgreement().value()).isCloseTo(0.7, within(1e-9));
        assertThat(f.cohen()).singleElement().satisfies(p -> {
            assertThat(p.reviewerA()).isEqualTo("A");
            assertThat(p.reviewerB()).isEqualTo("B");
            assertThat(p.kappa().value()).isCloseTo(0.4, within(1e-9));
            assertThat(p.kappa().items()).isEqualTo(50);
        });
        // Rows are A, columns B, in scale order (TRUE before FALSE).
        assertThat(f.confusion().outcomes()).containsExactly("TRUE", "FALSE");
        assertThat(f.confusion().counts()).containsExactly(List.of(20, 5), List.of(10, 15));
        // Positive specific agreement: 2*20 / (2*20 + 5 + 10); negative: 2*15 / (2*15 + 5 + 10).
        assertThat(f.perLabel()).extracting(AgreementFigures.LabelAgreement::outcome).containsExactly("TRUE", "FALSE");
        assertThat(f.perLabel().get(0).specificAgreement()).isCloseTo(40.0 / 55, within(1e-9));
        assertThat(f.perLabel().get(1).specificAgreement()).isCloseTo(30.0 / 45, within(1e-9));
        assertThat(f.perLabel().get(0).verdicts()).isEqualTo(55);
    }

    private static int add(List<Judgement> js, int from, int times, Rating a, Rating b) {
        for (int i = 0; i < times; i++) {
            js.add(new Judgement(from + i, "A", a));
            js.add(new Judgement(from + i, "B", b));
        }
        return from + times;
    }

    /** Wikipedia, "Fleiss' kappa", worked example: 14 raters, 10 subjects, 5 categories; kappa = 0.210. */
    @Test
    void fleissKappaOfTheWorkedExample() {
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
        };
        List<Judgement> js = new ArrayList<>();
        for (int item = 0; item < counts.length; item++) {
            int rater = 0;
            for (int category = 0; category < 5; category++) {
                for (int k = 0; k < counts[item][category]; k++) {
                    js.add(new Judgement(item, "rater " + rater++, BY_VALUE[category + 1]));
                }
            }
        }

        AgreementFigures.Fleiss fleiss = AgreementCalculator.compute(js, null).fleiss();

        assertThat(fleiss.raters()).isEqualTo(14);
        assertThat(fleiss.leftOut()).isZero();
        assertThat(fleiss.kappa().value()).isCloseTo(0.210, within(0.0005));
        assertThat(fleiss.kappa().items()).isEqualTo(10);
    }

    @Test
    void fleissUsesTheMostCommonNumberOfReviewersAndSaysHowManyItLeftOut() {
        List<Judgement> js = new ArrayList<>(fromMatrix(KRIPPENDORFF_2011));
        AgreementFigures.Fleiss fleiss = AgreementCalculator.compute(js, null).fleiss();
        // Units with 4 values: 1-9 but unit 1 (3 values); 3 values: units 1 and 10; 2 values: unit 11.
        assertThat(fleiss.raters()).isEqualTo(4);
        assertThat(fleiss.kappa().items()).isEqualTo(8);
        assertThat(fleiss.leftOut()).isEqualTo(3);
    }

    @Test
    void fewerThanTenItemsAreFlaggedAsTooFewToMeanAnything() {
        List<Judgement> js = new ArrayList<>();
        int item = add(js, 0, 4, Rating.TRUE, Rating.TRUE);
        add(js, item, 2, Rating.TRUE, Rating.FALSE);

        AgreementFigures f = AgreementCalculator.compute(js, null);

        assertThat(f.items()).isEqualTo(6);
        assertThat(f.alphaNominal().enough()).isFalse();
        assertThat(f.alphaNominal().value()).isNotNull();
        assertThat(f.alphaNominal().note()).startsWith("too few items (6) for Krippendorff's alpha");
        assertThat(f.cohen().get(0).kappa().note()).startsWith("too few items (6) for Cohen's kappa to mean anything");
    }

    @Test
    void oneOutcomeEverywhereLeavesNoChanceCorrectedFigureButFullPercentAgreement() {
        List<Judgement> js = new ArrayList<>();
        add(js, 0, 12, Rating.FALSE, Rating.FALSE);

        AgreementFigures f = AgreementCalculator.compute(js, null);

        assertThat(f.percentAgreement().value()).isEqualTo(1.0);
        assertThat(f.alphaNominal().value()).isNull();
        assertThat(f.alphaNominal().note()).contains("every verdict is the same");
        assertThat(f.cohen().get(0).kappa().value()).isNull();
    }

    @Test
    void noItemWithTwoReviewersGivesEmptyFiguresWithAReason() {
        AgreementFigures f = AgreementCalculator.compute(List.of(new Judgement(1, "A", Rating.TRUE),
                new Judgement(2, "B", Rating.FALSE)), null);

        assertThat(f.items()).isZero();
        assertThat(f.percentAgreement().value()).isNull();
        assertThat(f.percentAgreement().note()).contains("two or more reviewers");
        assertThat(f.cohen()).isEmpty();
        assertThat(f.confusion()).isNull();
    }

    @Test
    void unratedOutcomesAreLeftOutOfTheOrdinalAlphaOnly() {
        List<Judgement> js = new ArrayList<>();
        int item = add(js, 0, 5, Rating.TRUE, Rating.TRUE);
        item = add(js, item, 5, Rating.FALSE, Rating.MOSTLY_FALSE);
        add(js, item, 3, Rating.UNVERIFIABLE, Rating.TRUE);

        AgreementFigures f = AgreementCalculator.compute(js, null);

        assertThat(f.items()).isEqualTo(13);
        assertThat(f.alphaNominal().items()).isEqualTo(13);
        assertThat(f.alphaOrdinal().items()).isEqualTo(10);
    }

    @Test
    void theConfusionMatrixIsForTheChosenPairElseThePairSharingTheMostClaims() {
        List<Judgement> js = new ArrayList<>();
        add(js, 0, 3, Rating.TRUE, Rating.TRUE);
        for (int i = 0; i < 5; i++) {
            js.add(new Judgement(100 + i, "B", Rating.FALSE));
            js.add(new Judgement(100 + i, "C", i == 0 ? Rating.TRUE : Rating.FALSE));
        }

        AgreementFigures.Confusion busiest = AgreementCalculator.compute(js, null).confusion();
        AgreementFigures.Confusion chosen = AgreementCalculator.compute(js, new ReviewerPair("A", "C")).confusion();

        assertThat(busiest.reviewerA()).isEqualTo("B");
        assertThat(busiest.reviewerB()).isEqualTo("C");
        assertThat(busiest.shared()).isEqualTo(5);
        assertThat(busiest.counts()).containsExactly(List.of(0, 0), List.of(1, 4));
        assertThat(chosen.shared()).isZero();
        assertThat(chosen.outcomes()).isEmpty();
        assertThat(AgreementCalculator.compute(js, null).cohen()).extracting(p -> p.reviewerA() + "-" + p.reviewerB())
                .containsExactly("A-B", "B-C");
    }

    @Test
    void namesAreComparedInCanonicalForm() {
        List<Judgement> js = List.of(new Judgement(1, "Nguye\u0302\u0303n", Rating.TRUE),
                new Judgement(1, " Nguyễn ", Rating.TRUE), new Judgement(2, "Nguyễn", Rating.TRUE));
        assertThat(new Judgement(1, "Nguye\u0302\u0303n", Rating.TRUE).reviewer()).isEqualTo("Nguyễn");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AgreementCalculator.compute(js, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two judgements by Nguyễn");
    }
}
