package io.factdesk.reporting;

import java.util.ArrayList;
import java.util.List;

import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictJson;

/** Wording shared by the report formats. */
final class ReportText {

    private ReportText() {
    }

    static String label(String rating) {
        if (rating == null) {
            return "";
        }
        return "DISPUTED".equals(rating) ? "Disputed" : Rating.valueOf(rating).label();
    }

    static String ratingValue(String rating) {
        if ("DISPUTED".equals(rating)) {
            return "—";
        }
        Rating r = Rating.valueOf(rating);
        return r.isRated() ? Integer.toString(r.ratingValue().getAsInt()) : "—";
    }

    static String historyLine(VerdictJson h) {
        return "RETRACTION".equals(h.kind()) ? "took back #" + h.retracts()
                : label(h.rating()) + (h.appliedFrom() == null ? "" : ", " + appliedFrom(h));
    }

    /** "applied from claim 38 (entry 12)" for a verdict apply-group copied, else null. */
    static String appliedFrom(VerdictJson v) {
        return v.appliedFrom() == null ? null
                : io.factdesk.verdicts.VerdictTextRenderer.appliedFrom(v.appliedFrom(), v.appliedFromClaim());
    }

    /** How a verdict came in ({@link io.factdesk.verdicts.VerdictTextRenderer#provenance}). Raw text. */
    static String provenance(VerdictJson v) {
        return io.factdesk.verdicts.VerdictTextRenderer.provenance(v.batchFile(), v.batchRow(), v.osUser());
    }

    /** "approved by Hà on 29 Nov 2026, 14:05 ICT" or "decided by …". Raw text. */
    static String signedOff(Report.Publication p, ReportLook look) {
        return p.how() + " by " + p.by() + " on " + look.time(p.at());
    }

    /** "Corrected on 30 Nov 2026, 09:00 ICT by Hà: False → Half true. TEXT". Raw text. */
    static String correction(Report.Correction k, ReportLook look) {
        return "Corrected on " + look.time(k.at()) + " by " + k.by() + ": " + (k.from().equals(k.to())
                ? "rating unchanged (" + label(k.to()) + ")" : label(k.from()) + " → " + label(k.to())) + ". " + k.text();
    }

    /** "Returned to Lan by Hà on 29 Nov 2026, 14:05 UTC: find the 2024 figure (answered)". Raw text. */
    static String returned(Report.Return r, ReportLook look) {
        return "Returned to " + r.to() + " by " + r.by() + " on " + look.time(r.at()) + ": " + r.comment()
                + (r.answered() ? " (answered)" : " (waiting for their verdict)");
    }

    /** "2 sources (by host)". */
    static String sources(Report.Entry c) {
        return c.sources() + (c.sources() == 1 ? " source" : " sources") + " in all (by host)";
    }

    static String filters(Report.Filters f) {
        List<String> parts = new ArrayList<>();
        if (f.seed() != null) {
            parts.add("seed " + f.seed());
        }
        if (f.verdict() != null) {
            parts.add("verdict " + f.verdict());
        }
        if (f.reviewer() != null) {
            parts.add("reviewer " + f.reviewer());
        }
        if (f.since() != null) {
            parts.add("since " + f.since());
        }
        if (f.status() != null) {
            parts.add("status " + f.status());
        }
        return parts.isEmpty() ? "none (every claim with a verdict)" : String.join(", ", parts);
    }

    /**
     * Text from seeds, notes and names with control characters shown as escapes (\\e, \\x07):
     * they are not valid in HTML and would be live in a terminal or spreadsheet.
     */
    static String clean(String s) {
        return s == null ? null : io.factdesk.support.TerminalText.safeMultiline(s);
    }

    /**
     * Why the claim is in the queue, in one line: the rules' score and signals, then the model's line (its
     * probability, and whether it was the model that queued it).
     */
    static String whyPicked(Report.Entry c) {
        String rules = String.format(java.util.Locale.ROOT, "rules' score %.2f", c.score());
        return c.reasons().isEmpty() ? rules + ", no signal"
                : rules + ": " + String.join("; ", c.reasons());
    }

    /**
     * Only these ever become links or a ClaimReview appearance, in every format: URLs that pass the
     * evidence URL rules. A seed's Source: line never went through them when it was read.
     */
    static boolean isWebUrl(String url) {
        return url != null && EvidenceUrl.problem(url) == null;
    }
}
