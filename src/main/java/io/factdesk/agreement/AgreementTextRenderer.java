package io.factdesk.agreement;

import java.io.PrintWriter;

import io.factdesk.support.TerminalText;

/** The agreement figures for the terminal; every name goes through {@link TerminalText}. */
public final class AgreementTextRenderer {

    private static final String FLAG = "    ! ";
    private static final int WIDTH = 78;

    private AgreementTextRenderer() {
    }

    public static void render(AgreementFigures f, String scope, PrintWriter out) {
        out.println(AgreementWording.TITLE + " (" + safe(scope) + ")");
        out.println(safe(AgreementWording.summary(f)));
        if (f.items() == 0) {
            return;
        }
        out.println();
        AgreementWording.overall(f).forEach(l -> line(l, out));
        if (!f.cohen().isEmpty()) {
            out.println();
            out.println("Cohen's kappa, per pair of reviewers");
            AgreementWording.pairs(f).forEach(l -> line(l, out));
        }
        out.println();
        out.println(String.format("%-18s %8s %7s %9s %7s", "Per outcome", "verdicts", "claims", "specific", "alpha"));
        for (AgreementWording.LabelLine l : AgreementWording.labels(f)) {
            out.println(String.format("  %-16s %8d %7d %9s %7s", l.outcome(), l.verdicts(), l.claims(),
                    l.specificAgreement(), l.alpha()));
            if (l.note() != null) {
                out.println(FLAG + safe(l.note()));
            }
        }
        out.println("  specific: of the verdicts paired with one of this outcome on a claim, the share");
        out.println("  that are this outcome too");
        if (f.confusion() != null) {
            out.println();
            confusion(f.confusion(), out);
        }
        out.println();
        wrap("", AgreementWording.method(f), out);
    }

    /** Fixed prose, broken between words so that it reads on an 80-column terminal. */
    private static void wrap(String indent, String text, PrintWriter out) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(indent);
            }
            line.append(line.length() == indent.length() ? "" : " ").append(word);
        }
        out.println(line);
    }

    private static void line(AgreementWording.Line l, PrintWriter out) {
        out.println(String.format("  %-46s %7s  %s", safe(l.figure()), l.value(), safe(l.basis())));
        if (l.note() != null) {
            out.println(FLAG + safe(l.note()));
        }
    }

    private static void confusion(AgreementFigures.Confusion c, PrintWriter out) {
        out.println(safe(AgreementWording.confusionHeading(c)));
        if (c.shared() == 0) {
            out.println("  they have no claim in common");
            return;
        }
        StringBuilder head = new StringBuilder(String.format("  %-16s", ""));
        c.outcomes().forEach(o -> head.append(String.format(" %4s", AgreementWording.abbreviation(o))));
        out.println(head);
        for (int r = 0; r < c.outcomes().size(); r++) {
            StringBuilder row = new StringBuilder(String.format("  %-16s", c.outcomes().get(r)));
            c.counts().get(r).forEach(n -> row.append(String.format(" %4s", n == 0 ? "." : n)));
            out.println(row);
        }
        wrap("  ", AgreementWording.legend(c), out);
    }

    private static String safe(String s) {
        return TerminalText.safe(s);
    }
}
