package io.factdesk.reporting;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.factdesk.agreement.AgreementFigures;
import io.factdesk.agreement.AgreementWording;

/**
 * The report's agreement section in Markdown and as the HTML template's values. Names reach the page
 * only through each format's escaping: {@link MarkdownReportRenderer#text} and JMustache's HTML escaping
 * of cleaned text ({@link ReportText#clean}).
 */
final class ReportAgreement {

    static final String SCOPE = "Computed over the report's seed and since filters; the verdict and reviewer filters"
            + " do not narrow it.";

    private ReportAgreement() {
    }

    static void markdown(AgreementFigures f, PrintWriter out) {
        out.println("## " + AgreementWording.TITLE);
        out.println();
        out.println(md(AgreementWording.summary(f)) + " " + md(SCOPE));
        out.println();
        if (f.items() == 0) {
            return;
        }
        out.println("| Figure | Value | Based on | Note |");
        out.println("|---|---|---|---|");
        AgreementWording.overall(f).forEach(l -> out.println(row(l)));
        out.println();
        if (!f.cohen().isEmpty()) {
            out.println("| Reviewers | Cohen's kappa | Based on | Note |");
            out.println("|---|---|---|---|");
            AgreementWording.pairs(f).forEach(l -> out.println(row(l)));
            out.println();
        }
        out.println("| Outcome | Verdicts | Claims | Specific agreement | Alpha | Note |");
        out.println("|---|---|---|---|---|---|");
        AgreementWording.labels(f).forEach(l -> out.println("| " + md(l.outcome()) + " | " + l.verdicts() + " | "
                + l.claims() + " | " + l.specificAgreement() + " | " + l.alpha() + " | " + md(l.note()) + " |"));
        out.println();
        if (f.confusion() != null && f.confusion().shared() > 0) {
            AgreementFigures.Confusion c = f.confusion();
            out.println(md(AgreementWording.confusionHeading(c)) + ":");
            out.println();
            StringBuilder head = new StringBuilder("| |");
            StringBuilder rule = new StringBuilder("|---|");
            c.outcomes().forEach(o -> {
                head.append(' ').append(AgreementWording.abbreviation(o)).append(" |");
                rule.append("---|");
            });
            out.println(head);
            out.println(rule);
            for (int r = 0; r < c.outcomes().size(); r++) {
                StringBuilder row = new StringBuilder("| " + md(c.outcomes().get(r)) + " |");
                c.counts().get(r).forEach(n -> row.append(' ').append(n).append(" |"));
                out.println(row);
            }
            out.println();
            out.println(md(AgreementWording.legend(c)));
            out.println();
        }
        out.println(md(AgreementWording.method(f)));
        out.println();
    }

    private static String row(AgreementWording.Line l) {
        return "| " + md(l.figure()) + " | " + l.value() + " | " + md(l.basis()) + " | " + md(l.note()) + " |";
    }

    private static String md(String s) {
        return MarkdownReportRenderer.text(s);
    }

    /** The template's values for the section. */
    static void html(AgreementFigures f, Map<String, Object> v) {
        v.put("agreementSummary", ReportText.clean(AgreementWording.summary(f)));
        v.put("agreementScope", SCOPE);
        v.put("agreementHasItems", f.items() > 0);
        v.put("agreementOverall", AgreementWording.overall(f).stream().map(ReportAgreement::line).toList());
        v.put("agreementHasPairs", !f.cohen().isEmpty());
        v.put("agreementPairs", AgreementWording.pairs(f).stream().map(ReportAgreement::line).toList());
        v.put("agreementLabels", AgreementWording.labels(f).stream().map(l -> {
            Map<String, Object> m = new HashMap<>();
            m.put("outcome", l.outcome());
            m.put("verdicts", l.verdicts());
            m.put("claims", l.claims());
            m.put("specific", l.specificAgreement());
            m.put("alpha", l.alpha());
            m.put("note", nullToEmpty(l.note()));
            return m;
        }).toList());
        AgreementFigures.Confusion c = f.confusion();
        boolean matrix = c != null && c.shared() > 0;
        v.put("agreementHasMatrix", matrix);
        if (matrix) {
            v.put("agreementMatrixHeading", ReportText.clean(AgreementWording.confusionHeading(c)));
            v.put("agreementMatrixColumns", c.outcomes().stream().map(AgreementWording::abbreviation).toList());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int r = 0; r < c.outcomes().size(); r++) {
                rows.add(Map.of("outcome", c.outcomes().get(r), "cells", c.counts().get(r)));
            }
            v.put("agreementMatrixRows", rows);
            v.put("agreementMatrixLegend", AgreementWording.legend(c));
        }
        v.put("agreementMethod", AgreementWording.method(f));
    }

    private static Map<String, Object> line(AgreementWording.Line l) {
        Map<String, Object> m = new HashMap<>();
        m.put("figure", ReportText.clean(l.figure()));
        m.put("value", l.value());
        m.put("basis", ReportText.clean(l.basis()));
        m.put("note", nullToEmpty(l.note()));
        return m;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
