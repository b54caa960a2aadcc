package io.factdesk.claimviews;

import java.io.PrintWriter;
import java.util.List;

import io.factdesk.claims.Claim;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.support.ShellStyle;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictTextRenderer;

/** Plain-text views of claims for the terminal. Everything from files passes through {@link TerminalText}. */
public final class ClaimTextRenderer {

    private static final int SNIPPET = 90;

    private ClaimTextRenderer() {
    }

    public static void table(List<ClaimWithVerdicts> claims, PrintWriter out, ShellStyle style) {
        if (claims.isEmpty()) {
            out.println("no claims match");
            return;
        }
        out.printf("%5s  %-12s %5s  %-11s %-13s %s%n", "ID", "STATUS", "SCORE", "TYPE", "VERDICT", "TEXT");
        for (ClaimWithVerdicts cv : claims) {
            Claim c = cv.claim();
            String verdict = cv.shownRating();
            String shown = verdict.equals("DISPUTED") || verdict.equals("-") ? verdict
                    : VerdictTextRenderer.rating(io.factdesk.verdicts.Rating.valueOf(verdict), style);
            // Pad by the plain label's width: colour codes take no room on screen.
            out.printf("%5d  %-12s %5.2f  %-11s %s%s %s%n", c.id(), c.state().label(), c.score(), c.type().label(),
                    shown, " ".repeat(Math.max(0, 13 - verdict.length())), snippet(c.text()));
        }
    }

    /** "1 other review recorded", "2 other reviews recorded". */
    public static String otherReviews(int n) {
        return n + " other review" + (n == 1 ? "" : "s") + " recorded";
    }

    public static void detail(ClaimWithVerdicts cv, PrintWriter out, ShellStyle style) {
        Claim c = cv.claim();
        out.println("Claim " + c.id() + " (" + c.state().label() + ")");
        out.println("  seed:     " + TerminalText.safe(c.seedName()) + " — " + TerminalText.safe(c.seedTitle())
                + " (sentence " + c.position() + ")");
        if (c.contextBefore() != null) {
            out.println("  before:   " + TerminalText.safe(c.contextBefore()));
        }
        out.println("  CLAIM:    " + TerminalText.safe(c.text()));
        if (c.contextAfter() != null) {
            out.println("  after:    " + TerminalText.safe(c.contextAfter()));
        }
        out.printf("  score:    %.2f%s  type: %s%s%n", c.score(),
                c.modelScore() == null ? "" : String.format(java.util.Locale.ROOT, "  model: %.2f", c.modelScore()),
                c.type().label(), c.promoted() ? "  (promoted by a reviewer)" : "");
        if (c.claimant() != null) {
            out.println("  claimant: " + TerminalText.safe(c.claimant()));
        }
        out.println("  why:      " + (c.reasons().isEmpty() ? "no check-worthy signal"
                : TerminalText.safe(String.join("; ", c.reasons()))));
        out.println("  id:       fingerprint " + c.fingerprint());
        for (NearDuplicate d : cv.duplicates()) {
            out.printf("  same as:  claim %d (similarity %.2f, %s): %s%n", d.claimId(), d.similarity(),
                    TerminalText.safe(d.seedName()), snippet(d.text()));
        }
        if (!cv.duplicates().isEmpty()) {
            out.println("            'apply-group " + c.id() + "' copies your verdict to the others");
        }
        for (AlreadyChecked m : cv.matches()) {
            out.println("  checked:  " + matchLine(m));
        }
        if (cv.hidden() > 0) {
            out.println("  verdicts: " + otherReviews(cv.hidden()) + " (blind review: shown once yours is saved)");
        } else if (cv.current().isEmpty()) {
            out.println("  verdict:  none yet");
        }
        for (VerdictEntry v : cv.current()) {
            out.println("  verdict:  " + VerdictTextRenderer.rating(v.rating(), style) + " by " + TerminalText.safe(v.reviewer()) + " at "
                    + v.reviewedAt() + (cv.disputed() ? "  [reviewers disagree]" : ""));
            if (v.appliedFromId() != null) {
                out.println("            " + VerdictTextRenderer.appliedFrom(v));
            }
            v.evidence().forEach(u -> out.println("            evidence " + TerminalText.safe(u)));
            if (v.note() != null && !v.note().isEmpty()) {
                out.println("            note: " + TerminalText.safe(v.note()));
            }
        }
    }

    /** The editor's steps on the claim: sign-off, corrections and returns, each with who and when. */
    public static void signOff(SignOff s, PrintWriter out) {
        s.signedOff().ifPresent(d -> out.println("  " + String.format("%-10s", d.how() + ":")
                + d.rating().name() + " by " + TerminalText.safe(d.actor()) + " at " + d.recordedAt() + ": published"
                + (d.detail() == null ? "" : "; note: " + TerminalText.safe(d.detail()))));
        s.corrections().forEach(k -> out.println("  corrected: " + k.previousRating().name() + " -> " + k.rating().name() + " by "
                + TerminalText.safe(k.actor()) + " at " + k.recordedAt() + ": " + TerminalText.safe(k.detail())));
        s.returns().forEach(r -> out.println("  returned: to " + TerminalText.safe(r.reviewer()) + " by " + TerminalText.safe(r.actor())
                + " at " + r.recordedAt() + ": " + TerminalText.safe(r.detail())));
    }

    /** An earlier check of the same claim, in one line: what it was rated, when, by whom, how close, and which. */
    public static String matchLine(AlreadyChecked m) {
        String which = m.claimId() != null ? "claim " + m.claimId() : TerminalText.safe(m.url());
        String when = m.date() == null ? "" : " on " + m.date().substring(0, Math.min(10, m.date().length()));
        return String.format(java.util.Locale.ROOT, "%s%s by %s (%s, similarity %.2f): %s",
                TerminalText.safe(m.rating()), when, TerminalText.safe(m.by()), which, m.similarity(),
                snippet(m.text()));
    }

    public static String snippet(String text) {
        String safe = TerminalText.safe(text);
        return io.factdesk.support.CodePoints.shorten(safe, SNIPPET);
    }
}
