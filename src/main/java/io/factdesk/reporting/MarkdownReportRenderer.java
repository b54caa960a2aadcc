package io.factdesk.reporting;

import java.io.PrintWriter;
import java.util.Map;
import java.util.regex.Pattern;

import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictJson;

/**
 * The report as CommonMark. Text from seeds and notes is escaped so that pipes, asterisks,
 * backticks and brackets stay literal; only http(s) URLs become links.
 */
public final class MarkdownReportRenderer {

    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()<>#+\\-.!|~])");

    public void render(Report report, PrintWriter out) {
        out.println("# Verification report");
        out.println();
        out.println("- Generated: " + report.generatedAt());
        out.println("- Database: " + text(report.database()));
        out.println("- Reviewers: " + (report.reviewers().isEmpty() ? "none"
                : String.join(", ", report.reviewers().stream().map(MarkdownReportRenderer::text).toList())));
        out.println();
        out.println("## Summary");
        out.println();
        Report.Summary s = report.summary();
        out.printf("%d claims: %d reviewed, %d pending, %d held back, %d stale; %d with disagreeing reviewers.%n%n",
                s.claims(), s.reviewed(), s.pending(), s.held(), s.stale(), s.disputed());
        out.println("| Verdict | ClaimReview rating | Claims |");
        out.println("|---|---|---|");
        for (Map.Entry<String, Integer> e : s.byVerdict().entrySet()) {
            Rating r = Rating.valueOf(e.getKey());
            out.println("| " + r.label() + " | " + (r.isRated() ? r.ratingValue().getAsInt() : "—") + " | "
                    + e.getValue() + " |");
        }
        out.println();
        out.println("## Claims");
        for (Report.Entry c : report.claims()) {
            out.println();
            out.println("### Claim " + c.id() + ": " + c.verdict());
            out.println();
            out.println("> " + text(c.text()));
            out.println();
            out.println("- Seed: " + text(c.seedTitle()) + " (" + text(c.seed()) + ")"
                    + (c.sourceUrl() == null ? "" : ", " + link(c.sourceUrl())));
            if (c.contextBefore() != null) {
                out.println("- Before: " + text(c.contextBefore()));
            }
            if (c.contextAfter() != null) {
                out.println("- After: " + text(c.contextAfter()));
            }
            if (c.disputed()) {
                out.println("- **Reviewers disagree**: each current verdict is listed below.");
            }
            for (VerdictJson v : c.verdicts()) {
                out.println("- Verdict: " + v.rating() + (v.ratingValue() == null ? "" : " (" + v.ratingValue() + "/5)")
                        + " by " + text(v.reviewer()) + ", " + v.reviewedAt());
                for (String url : v.evidence()) {
                    out.println("  - Evidence: " + link(url));
                }
                if (v.note() != null && !v.note().isEmpty()) {
                    out.println("  - Note: " + text(v.note()));
                }
            }
            if (c.history().size() > 1) {
                out.println("- History:");
                for (VerdictJson h : c.history()) {
                    out.println("  - #" + h.id() + " " + h.recordedAt() + " " + text(h.reviewer()) + ": "
                            + ("RETRACTION".equals(h.kind()) ? "undid #" + h.retracts() : h.rating()));
                }
            }
        }
    }

    /** Escapes CommonMark punctuation and folds newlines, so text never becomes markup. */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        return SPECIAL.matcher(s.replaceAll("[\\r\\n]+", " ")).replaceAll("\\\\$1");
    }

    static String link(String url) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return "<" + url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">";
        }
        return text(url);
    }
}
