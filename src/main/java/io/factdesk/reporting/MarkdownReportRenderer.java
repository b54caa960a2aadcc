package io.factdesk.reporting;

import java.io.PrintWriter;
import java.util.Map;
import java.util.regex.Pattern;

import io.factdesk.verdicts.VerdictJson;

/**
 * The report as CommonMark. Text from seeds, notes and names is escaped so that pipes,
 * asterisks, backticks, brackets and ampersands ({@code &lt;} is an entity to a Markdown reader)
 * stay literal; only URLs that pass the evidence URL rules become links.
 */
public final class MarkdownReportRenderer implements ReportRenderer {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()<>#+\\-.!|~&])");

    private final ReportLook look;

    public MarkdownReportRenderer(ReportLook look) {
        this.look = look;
    }

    /** The default title, times in UTC. */
    public MarkdownReportRenderer() {
        this(ReportLook.UTC);
    }

    @Override
    public void render(Report report, PrintWriter out) {
        out.println("# " + text(look.title()));
        out.println();
        out.println("- Corpus: " + text(report.corpus().seedsFolder()) + " (" + report.corpus().seeds() + " seeds), database "
                + text(report.corpus().database()));
        out.println("- Exported: " + text(look.time(report.generatedAt())));
        out.println("- Reviewers: " + (report.reviewers().isEmpty() ? "none"
                : String.join(", ", report.reviewers().stream().map(MarkdownReportRenderer::text).toList())));
        out.println("- Filters: " + text(ReportText.filters(report.filters())));
        out.println();
        summary(report, out);
        ReportAgreement.markdown(report.agreement(), out);
        methodology(report, out);
        out.println("## Claims");
        for (Report.Entry c : report.claims()) {
            claim(c, out);
        }
    }

    private static void summary(Report report, PrintWriter out) {
        Report.Summary s = report.summary();
        out.println("## Summary");
        out.println();
        out.printf("%d claims in the corpus: %d with verdicts, %d in the queue, %d held back, %d stale; %d with disagreeing"
                + " reviewers. This report shows %d.%n%n", s.claims(), s.withVerdicts(), s.inQueue(), s.heldBack(), s.stale(),
                s.disputed(), s.inReport());
        out.printf("With %d review(s) required per claim: %d reviewed (awaiting sign-off), %d need review, %d disputed"
                        + " (awaiting a decision), %d returned to a reviewer, %d published.%n%n",
                s.reviewsRequired(), s.reviewed(), s.needsReview(), s.awaitingDecision(), s.returned(), s.published());
        out.println("| Verdict | ClaimReview rating | Claims |");
        out.println("|---|---|---|");
        for (Map.Entry<String, Integer> e : s.byVerdict().entrySet()) {
            out.println("| " + ReportText.label(e.getKey()) + " | " + ReportText.ratingValue(e.getKey()) + " | " + e.getValue() + " |");
        }
        out.println();
        out.println("| Seed | With verdicts | In the queue | In this report |");
        out.println("|---|---|---|---|");
        for (Report.SeedCount sc : s.bySeed()) {
            out.println("| " + text(sc.title()) + " (" + text(sc.seed()) + ") | " + sc.withVerdicts() + " | " + sc.pending()
                    + " | " + sc.inReport() + " |");
        }
        out.println();
    }

    private static void methodology(Report report, PrintWriter out) {
        Report.Methodology m = report.methodology();
        out.println("## Methodology");
        out.println();
        out.println(text(m.selection()) + " Threshold: " + m.threshold() + ".");
        out.println();
        out.println("| Verdict | Rating | Definition |");
        out.println("|---|---|---|");
        for (Report.ScaleEntry e : m.scale()) {
            out.println("| " + e.label() + " | " + (e.ratingValue() == null ? "—" : e.ratingValue() + "/5") + " | "
                    + text(e.definition()) + " |");
        }
        out.println();
        out.println(text(m.evidenceRule()));
        out.println();
    }

    private void claim(Report.Entry c, PrintWriter out) {
        out.println();
        out.println("### Claim " + c.id() + ": " + c.verdictLabel()
                + (c.ratingValue() == null ? "" : " (" + c.ratingValue() + "/5)") + " — " + c.status());
        out.println();
        out.println("> " + text(c.text()));
        out.println();
        out.println("- Seed: " + text(c.seedTitle()) + " (" + text(c.seed()) + ")"
                + (c.publishedOn() == null ? "" : ", published " + c.publishedOn())
                + (c.sourceUrl() == null ? "" : ", " + link(c.sourceUrl())));
        if (c.claimant() != null) {
            out.println("- Claimant: " + text(c.claimant()));
        }
        out.println("- Why picked: " + text(ReportText.whyPicked(c)));
        if (c.contextBefore() != null) {
            out.println("- Before: " + text(c.contextBefore()));
        }
        if (c.contextAfter() != null) {
            out.println("- After: " + text(c.contextAfter()));
        }
        Report.Publication p = c.publication();
        out.println("- Status: " + c.status() + (p == null ? "" : ", " + text(ReportText.signedOff(p, look))));
        if (p != null && p.note() != null) {
            out.println("  - " + ("decided".equals(p.how()) ? "Editorial decision: " + ReportText.label(p.signedOffRating()) + ". "
                    : "Editor's note: ") + text(p.note()));
        }
        if (p != null) {
            p.corrections().forEach(k -> out.println("- **" + text(ReportText.correction(k, look)) + "**"));
        }
        c.returns().forEach(r -> out.println("- " + text(ReportText.returned(r, look))));
        if (c.disputed()) {
            out.println("- **Reviewers disagree**: each current verdict is listed below.");
        }
        out.println("- Evidence: " + ReportText.sources(c)
                + (c.singleSource() ? "; one rated verdict here rests on a single source." : ""));
        for (VerdictJson v : c.verdicts()) {
            out.println("- Verdict: " + ReportText.label(v.rating()) + (v.ratingValue() == null ? "" : " (" + v.ratingValue() + "/5)")
                    + " by " + text(v.reviewer()) + ", " + text(look.time(v.reviewedAt())) + ", " + text(ReportText.provenance(v)));
            if (v.appliedFrom() != null) {
                out.println("  - Applied from " + (v.appliedFromClaim() == null ? "" : "claim " + v.appliedFromClaim() + ", ")
                        + "entry " + v.appliedFrom());
            }
            for (String url : v.evidence()) {
                out.println("  - Evidence: " + link(url));
            }
            if (v.note() != null && !v.note().isEmpty()) {
                out.println("  - Note: " + text(v.note()));
            }
        }
        if (!c.history().isEmpty()) {
            out.println("- History:");
            for (VerdictJson h : c.history()) {
                out.println("  - #" + h.id() + " " + h.recordedAt() + " " + text(h.reviewer()) + ": " + ReportText.historyLine(h));
            }
        }
    }

    /** Escapes CommonMark punctuation and folds newlines, so text never becomes markup. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return SPECIAL.matcher(ReportText.clean(s.replaceAll("[\\r\\n]+", " "))).replaceAll("\\\\$1");
    }

    /** An autolink for a URL that passes the evidence URL rules (no spaces, brackets or controls), else escaped text. */
    static String link(String url) {
        return ReportText.isWebUrl(url) ? "<" + url + ">" : text(url);
    }
}
