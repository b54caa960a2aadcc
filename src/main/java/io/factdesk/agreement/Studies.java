package io.factdesk.agreement;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.dkpro.statistics.agreement.IAnnotationUnit;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationItem;
import org.dkpro.statistics.agreement.coding.ICodingAnnotationStudy;

import io.factdesk.verdicts.Rating;

/**
 * Judgements laid out as DKPro Statistics annotation studies: one item per claim, one rater per
 * reviewer, a missing value (null) where a reviewer did not judge the claim.
 */
final class Studies {

    /** Stands for every outcome but one when a study is reduced to "this outcome or not". */
    static final String OTHER = "(other)";

    private Studies() {
    }

    /** Each claim with two or more reviewers, and each reviewer's outcome on it, in claim and name order. */
    static SortedMap<Long, SortedMap<String, Rating>> multiRated(Collection<Judgement> judgements) {
        SortedMap<Long, SortedMap<String, Rating>> byItem = new TreeMap<>();
        for (Judgement j : judgements) {
            Rating before = byItem.computeIfAbsent(j.item(), k -> new TreeMap<>()).put(j.reviewer(), j.outcome());
            if (before != null) {
                throw new IllegalArgumentException("two judgements by " + j.reviewer() + " on item " + j.item());
            }
        }
        byItem.values().removeIf(r -> r.size() < 2);
        return byItem;
    }

    /**
     * All seven outcomes as categories. Every outcome of the scale is registered, used or not, so that a
     * study where everyone gave one outcome still has a percent agreement; the chance-corrected figures
     * check for variation themselves ({@link #distinctValues}).
     */
    static CodingAnnotationStudy nominal(List<String> raters, Collection<SortedMap<String, Rating>> items) {
        CodingAnnotationStudy study = withRaters(raters);
        Arrays.stream(Rating.values()).forEach(study::addCategory);
        for (Map<String, Rating> item : items) {
            study.addItemAsArray(raters.stream().map(item::get).toArray());
        }
        return study;
    }

    /**
     * The rated outcomes only, as their 1-5 values (DKPro's ordinal distance needs integers); unverifiable and
     * not check-worthy count as missing, and claims left with fewer than two rated verdicts are left out.
     */
    static CodingAnnotationStudy ordinal(List<String> raters, Collection<SortedMap<String, Rating>> items) {
        CodingAnnotationStudy study = withRaters(raters);
        for (Map<String, Rating> item : items) {
            Object[] values = raters.stream().map(item::get)
                    .map(r -> r != null && r.isRated() ? (Object) r.ratingValue().getAsInt() : null).toArray();
            if (Arrays.stream(values).filter(v -> v != null).count() >= 2) {
                study.addItemAsArray(values);
            }
        }
        return study;
    }

    /** The claims every one of these reviewers judged, with no missing values (Cohen's and Fleiss' kappa need none). */
    static CodingAnnotationStudy complete(List<String> raters, Collection<SortedMap<String, Rating>> items) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(raters.size());
        Arrays.stream(Rating.values()).forEach(study::addCategory);
        for (Map<String, Rating> item : items) {
            if (raters.stream().allMatch(item::containsKey)) {
                study.addItemAsArray(raters.stream().map(item::get).toArray());
            }
        }
        return study;
    }

    /** Fleiss' layout: claims with exactly {@code count} reviewers, whoever they are, as {@code count} ratings each. */
    static CodingAnnotationStudy sameCount(int count, Collection<SortedMap<String, Rating>> items) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(count);
        Arrays.stream(Rating.values()).forEach(study::addCategory);
        items.stream().filter(i -> i.size() == count).forEach(i -> study.addItemAsArray(i.values().toArray()));
        return study;
    }

    /** The study with one outcome kept and every other one as {@link #OTHER}; missing values stay missing. */
    static CodingAnnotationStudy oneAgainstRest(ICodingAnnotationStudy study, Rating kept) {
        CodingAnnotationStudy out = new CodingAnnotationStudy(study.getRaterCount());
        for (ICodingAnnotationItem item : study.getItems()) {
            Object[] values = new Object[study.getRaterCount()];
            for (IAnnotationUnit unit : item.getUnits()) {
                Object c = unit.getCategory();
                values[unit.getRaterIdx()] = c == null ? null : c.equals(kept) ? kept : OTHER;
            }
            out.addItemAsArray(values);
        }
        return out;
    }

    /** How many different values the raters actually gave. */
    static int distinctValues(ICodingAnnotationStudy study) {
        return CodingAnnotationStudy.countTotalAnnotationsPerCategory(study).size();
    }

    private static CodingAnnotationStudy withRaters(List<String> raters) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(0);
        raters.forEach(study::addRater);
        return study;
    }
}
