package io.factdesk.review;

import java.io.PrintWriter;

import io.factdesk.claims.Claim;
import io.factdesk.support.TerminalText;

/** The claim as the review loop shows it: seed, context, the sentence highlighted, and why it was picked. */
final class ClaimCard {

    private static final String BOLD = "\033[1;33m";
    private static final String DIM = "\033[2m";
    private static final String RESET = "\033[0m";

    private ClaimCard() {
    }

    static void print(Claim c, Progress progress, boolean colour, PrintWriter out) {
        out.println();
        out.println(progress.bar() + " " + progress.text());
        out.println("Claim " + c.id() + " · " + TerminalText.safe(c.seedTitle()) + " (" + TerminalText.safe(c.seedName())
                + ", sentence " + c.position() + ")");
        if (c.contextBefore() != null) {
            out.println(style(DIM, "  " + TerminalText.safe(c.contextBefore()), colour));
        }
        out.println(style(BOLD, "» " + TerminalText.safe(c.text()), colour));
        if (c.contextAfter() != null) {
            out.println(style(DIM, "  " + TerminalText.safe(c.contextAfter()), colour));
        }
        out.printf("score %.2f · type %s%s%n", c.score(), c.type().label(),
                c.claimant() == null ? "" : " · claimant " + TerminalText.safe(c.claimant()));
        out.println("why: " + (c.reasons().isEmpty() ? "promoted by a reviewer"
                : TerminalText.safe(String.join("; ", c.reasons()))));
        out.flush();
    }

    private static String style(String code, String text, boolean colour) {
        return colour ? code + text + RESET : text;
    }
}
