package io.factdesk.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words and numbers of the agreement figures, shared by the terminal, Markdown and HTML. Strings
 * here hold reviewer names and are not escaped: each renderer escapes them its own way.
 */
public final class AgreementWording {

    public static final String TITLE = "Agreement between reviewers";

    private static final Map<String, String> SHORT = Map.of("TRUE", "T", "MOSTLY_TRUE", "MT", "HALF_TRUE", "HT",
            "MOSTLY_FALSE", "MF", "FALSE", "F", "UNVERIFIABLE", "UV", "NOT_CHECKWORTHY", "NC");

    /** A figure's row: what it is, its value ("—" when there is none), what it rests on, and any warning. */
    public record Line(String figure, String value, String basis, String note) {
    }

    /** An outcome's row in the per-outcome table. */
    public record LabelLine(String outcome, int verdicts, int claims, String specificAgreement, String alpha,
                            String note) {
    }

    private AgreementWording() {
    }

    /** One sentence: how many claims the figures rest on, and whose verdicts. */
    public static String summary(AgreementFigures f) {
        if (f.items() == 0) {
            return "No claim has current verdicts from two or more reviewers, so there is no agreement to measure yet.";
        }
        return f.items() + (f.items() == 1 ? " claim has" : " claims have") + " verdicts from two or more reviewers ("
                + String.join(", ", f.reviewers()) + ").";
    }

    /** How to read the figures, with the threshold below which they are flagged. */
    public static String method(AgreementFigures f) {
        return "Each reviewer's current verdict counts. Percent agreement is the share of pairs of verdicts on the same"
                + " claim that match; Krippendorff's alpha and the kappas correct it for chance (1 = perfect, 0 = chance,"
                + " below 0 = worse than chance). The ordinal alpha uses the rated outcomes (1-5) only. Figures resting on"
                + " fewer than " + f.minimumItems() + " claims are flagged as too few to mean anything.";
    }

    public static List<Line> overall(AgreementFigures f) {
        List<Line> out = new ArrayList<>();
        out.add(line("Percent agreement", percent(f.percentAgreement().value()), f.percentAgreement()));
        out.add(line("Krippendorff's alpha, ordinal (ratings 1-5)", number(f.alphaOrdinal().value()), f.alphaOrdinal()));
        out.add(line("Krippendorff's alpha, nominal (all outcomes)", number(f.alphaNominal().value()), f.alphaNominal()));
        AgreementFigures.Fleiss fleiss = f.fleiss();
        String basis = claims(fleiss.kappa().items()) + (fleiss.raters() == 0 ? ""
                : " with " + fleiss.raters() + " reviewers each")
                + (fleiss.leftOut() == 0 ? "" : "; " + fleiss.leftOut() + " with another number of reviewers left out");
        out.add(new Line("Fleiss' kappa", number(fleiss.kappa().value()), basis, fleiss.kappa().note()));
        return out;
    }

    public static List<Line> pairs(AgreementFigures f) {
        return f.cohen().stream().map(p -> new Line(p.reviewerA() + " – " + p.reviewerB(), number(p.kappa().value()),
                claims(p.kappa().items()) + " judged by both", p.kappa().note())).toList();
    }

    public static List<LabelLine> labels(AgreementFigures f) {
        return f.perLabel().stream().map(l -> new LabelLine(l.outcome(), l.verdicts(), l.items(),
                percent(l.specificAgreement()), number(l.alpha().value()), l.alpha().note())).toList();
    }

    public static String confusionHeading(AgreementFigures.Confusion c) {
        return "Confusion matrix: " + c.reviewerA() + " (rows) against " + c.reviewerB() + " (columns), "
                + claims(c.shared()) + " judged by both";
    }

    /** The short column heading of an outcome. */
    public static String abbreviation(String outcome) {
        return SHORT.getOrDefault(outcome, outcome);
    }

    /** "T = TRUE, F = FALSE": the column headings of a confusion matrix spelled out. */
    public static String legend(AgreementFigures.Confusion c) {
        return String.join(", ", c.outcomes().stream().map(o -> abbreviation(o) + " = " + o).toList());
    }

    public static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.3f", value);
    }

    public static String percent(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    static String claims(int n) {
        return n + (n == 1 ? " claim" : " claims");
    }

    private static Line line(String name, String value, Figure figure) {
        return new Line(name, value, claims(figure.items()), figure.note());
    }
}
