package io.factdesk.review;

import java.io.PrintWriter;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimTextRenderer;
import io.factdesk.claims.ClaimWithVerdicts;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.support.ShellStyle;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.VerdictEntry;

/** The claim as the review loop shows it: seed, context, the sentence highlighted, why it was picked, and what others decided. */
final class ClaimCard {

    private ClaimCard() {
    }

    static void print(ClaimWithVerdicts cv, Progress progress, boolean colour, PrintWriter out) {
        Claim c = cv.claim();
        ShellStyle style = new ShellStyle(colour);
        out.println();
        out.println(progress.bar() + " " + progress.text());
        out.println(style.bold("Claim " + c.id()) + " · " + TerminalText.safe(c.seedTitle()) + " ("
                + TerminalText.safe(c.seedName()) + ", sentence " + c.position() + ")");
        if (c.contextBefore() != null) {
            out.println(style.dim("  " + TerminalText.safe(c.contextBefore())));
        }
        out.println(style.highlight("» " + TerminalText.safe(c.text())));
        if (c.contextAfter() != null) {
            out.println(style.dim("  " + TerminalText.safe(c.contextAfter())));
        }
        out.printf("score %.2f · type %s%s%n", c.score(), c.type().label(),
                c.claimant() == null ? "" : " · claimant " + TerminalText.safe(c.claimant()));
        out.println("why: " + (c.reasons().isEmpty() ? "promoted by a reviewer"
                : TerminalText.safe(String.join("; ", c.reasons()))));
        for (VerdictEntry v : cv.current()) {
            out.println("verdict so far: " + style.verdict(v.rating()) + " by " + TerminalText.safe(v.reviewer())
                    + (v.note() == null || v.note().isEmpty() ? "" : " — " + ClaimTextRenderer.snippet(v.note())));
        }
        for (NearDuplicate d : cv.duplicates()) {
            out.printf("same as claim %d (%.2f): %s%n", d.claimId(), d.similarity(), ClaimTextRenderer.snippet(d.text()));
        }
        out.flush();
    }
}
