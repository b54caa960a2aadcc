package io.factdesk.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import org.dkpro.statistics.agreement.IAgreementMeasure;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

import io.factdesk.verdicts.Rating;

/**
 * Turns judgements into agreement figures; no database, no Spring. Every figure is computed by
 * DKPro Statistics; this class only lays the judgements out for it and says when a figure cannot
 * be computed or rests on too few claims.
 */
public final class AgreementCalculator {

    /**
     * Below this many claims a figure is shown flagged as too few to mean anything: with fewer than ten
     * items one changed verdict moves a kappa by a tenth or more, and Krippendorff advises far more.
     */
    public static final int MINIMUM_ITEMS = 10;

    private AgreementCalculator() {
    }

    /** The figures; {@code pair} chooses the confusion matrix (null: the pair sharing the most claims). */
    public static AgreementFigures compute(Collection<Judgement> judgements, ReviewerPair pair) {
        SortedMap<Long, SortedMap<String, Rating>> items = Studies.multiRated(judgements);
        Collection<SortedMap<String, Rating>> rows = items.values();
        List<String> reviewers = rows.stream().flatMap(r -> r.keySet().stream()).distinct().sorted().toList();
        int n = items.size();
        if (n == 0) {
            Figure none = Figure.none(0, "no claim has verdicts from two or more reviewers");
            return new AgreementFigures(0, reviewers, MINIMUM_ITEMS, none, none, none, List.of(),
                    new AgreementFigures.Fleiss(0, 0, none), List.of(), confusion(pair, items));
        }
        CodingAnnotationStudy nominal = Studies.nominal(reviewers, rows);
        CodingAnnotationStudy ordinal = Studies.ordinal(reviewers, rows);
        return new AgreementFigures(n, reviewers, MINIMUM_ITEMS,
                Figure.of(new PercentageAgreement(nominal).calculateAgreement(), n, "percent agreement"),
                chanceCorrected(ordinal, "Krippendorff's alpha (ordinal, ratings 1-5)",
                        s -> new KrippendorffAlphaAgreement(s, new OrdinalDistanceFunction())),
                chanceCorrected(nominal, "Krippendorff's alpha (nominal, all outcomes)",
                        s -> new KrippendorffAlphaAgreement(s, new NominalDistanceFunction())),
                cohen(reviewers, rows), fleiss(rows), perLabel(nominal), confusion(pair, items));
    }

    /** A figure that corrects for chance, which is undefined when the raters used one value only. */
    private static Figure chanceCorrected(ICodingAnnotationStudy study, String name,
                                          Function<ICodingAnnotationStudy, IAgreementMeasure> measure) {
        int items = study.getItemCount();
        if (items == 0) {
            return Figure.none(0, "no claims to compute " + name + " over");
        }
        if (Studies.distinctValues(study) < 2) {
            return Figure.none(items, "every verdict is the same, so " + name + " has no variation to measure"
                    + " agreement against");
        }
        try {
            double value = measure.apply(study).calculateAgreement();
            // Guarded above, but a 0/0 the library did not foresee is reported in words, never as NaN.
            return Double.isFinite(value) ? Figure.of(value, items, name)
                    : Figure.none(items, name + " cannot be computed from these verdicts");
        } catch (InsufficientDataException e) {
            return Figure.none(items, name + " cannot be computed from these verdicts");
        }
    }

    private static List<AgreementFigures.PairKappa> cohen(List<String> reviewers, Collection<SortedMap<String, Rating>> rows) {
        List<AgreementFigures.PairKappa> out = new ArrayList<>();
        for (int a = 0; a < reviewers.size(); a++) {
            for (int b = a + 1; b < reviewers.size(); b++) {
                List<String> pair = List.of(reviewers.get(a), reviewers.get(b));
                CodingAnnotationStudy study = Studies.complete(pair, rows);
                if (study.getItemCount() > 0) {
                    out.add(new AgreementFigures.PairKappa(pair.get(0), pair.get(1),
                            chanceCorrected(study, "Cohen's kappa", CohenKappaAgreement::new)));
                }
            }
        }
        return out;
    }

    /** Over the most common number of reviewers per claim (on a tie, the larger number). */
    private static AgreementFigures.Fleiss fleiss(Collection<SortedMap<String, Rating>> rows) {
        Map<Integer, Long> byCount = new TreeMap<>();
        rows.forEach(r -> byCount.merge(r.size(), 1L, Long::sum));
        int raters = byCount.entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow().getKey();
        CodingAnnotationStudy study = Studies.sameCount(raters, rows);
        return new AgreementFigures.Fleiss(raters, rows.size() - study.getItemCount(),
                chanceCorrected(study, "Fleiss' kappa", FleissKappaAgreement::new));
    }

    private static List<AgreementFigures.LabelAgreement> perLabel(CodingAnnotationStudy nominal) {
        Map<Object, Integer> verdicts = CodingAnnotationStudy.countTotalAnnotationsPerCategory(nominal);
        Map<Object, Map<Object, Double>> coincidence = CodingAnnotationStudy.countCategoryCoincidence(nominal);
        List<AgreementFigures.LabelAgreement> out = new ArrayList<>();
        for (Rating r : Rating.values()) {
            Integer count = verdicts.get(r);
            if (count == null) {
                continue;
            }
            CodingAnnotationStudy binary = Studies.oneAgainstRest(nominal, r);
            int items = (int) java.util.stream.StreamSupport.stream(nominal.getItems().spliterator(), false)
                    .filter(i -> java.util.stream.StreamSupport.stream(i.getUnits().spliterator(), false)
                            .anyMatch(u -> r.equals(u.getCategory()))).count();
            // The coincidence matrix's row for r sums to the number of r verdicts; its diagonal cell is the
            // part of them another reviewer matched.
            double matched = coincidence.getOrDefault(r, Map.of()).getOrDefault(r, 0.0);
            // Flagged by the claims that carry the outcome: an outcome given on one claim says little about how
            // reviewers use it, however many other claims there are.
            String name = "agreement on " + r.name();
            Figure alpha = chanceCorrected(binary, name,
                    s -> new KrippendorffAlphaAgreement(s, new NominalDistanceFunction()));
            if (alpha.value() != null) {
                alpha = Figure.of(alpha.value(), items, name);
            }
            out.add(new AgreementFigures.LabelAgreement(r.name(), count, items, matched / count, alpha));
        }
        return out;
    }

    /** The pair's outcomes side by side on the claims both judged. */
    private static AgreementFigures.Confusion confusion(ReviewerPair requested,
                                                       SortedMap<Long, SortedMap<String, Rating>> items) {
        ReviewerPair pair = requested != null ? requested : mostShared(items);
        if (pair == null) {
            return null;
        }
        List<SortedMap<String, Rating>> shared = items.values().stream()
                .filter(r -> r.containsKey(pair.first()) && r.containsKey(pair.second())).toList();
        List<Rating> used = Arrays.stream(Rating.values()).filter(o -> shared.stream()
                .anyMatch(r -> r.get(pair.first()) == o || r.get(pair.second()) == o)).toList();
        int[][] counts = new int[used.size()][used.size()];
        shared.forEach(r -> counts[used.indexOf(r.get(pair.first()))][used.indexOf(r.get(pair.second()))]++);
        return new AgreementFigures.Confusion(pair.first(), pair.second(), shared.size(),
                used.stream().map(Rating::name).toList(),
                Arrays.stream(counts).map(row -> Arrays.stream(row).boxed().toList()).toList());
    }

    /** The two reviewers who judged the most claims in common; on a tie, the first in name order. */
    private static ReviewerPair mostShared(SortedMap<Long, SortedMap<String, Rating>> items) {
        Map<List<String>, Integer> shared = new TreeMap<>(Comparator.<List<String>, String>comparing(p -> p.get(0))
                .thenComparing(p -> p.get(1)));
        for (SortedMap<String, Rating> row : items.values()) {
            List<String> names = List.copyOf(row.keySet());
            for (int a = 0; a < names.size(); a++) {
                for (int b = a + 1; b < names.size(); b++) {
                    shared.merge(List.of(names.get(a), names.get(b)), 1, Integer::sum);
                }
            }
        }
        List<String> best = null;
        for (Map.Entry<List<String>, Integer> e : shared.entrySet()) {
            if (best == null || e.getValue() > shared.get(best)) {
                best = e.getKey();
            }
        }
        return best == null ? null : new ReviewerPair(best.get(0), best.get(1));
    }
}
