package io.factdesk.factchecks;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

import io.factdesk.support.CodePoints;
import io.factdesk.support.TerminalText;

/** The text form of fact-checks: a head line (rating on its 0-1 scale and its name, date, publisher), the claim, the URL. */
final class FactCheckText {

    /** Claims are shown up to this many characters, cut at a word. */
    static final int SNIPPET = 100;

    private FactCheckText() {
    }

    static void print(List<FactCheck> factChecks, PrintWriter out) {
        for (FactCheck f : factChecks) {
            out.println(String.format(Locale.ROOT, "%-4s  %-20s  %-10s  %s",
                    f.normalisedRating() == null ? "-" : String.format(Locale.ROOT, "%.2f", f.normalisedRating()),
                    f.ratingName() == null ? "(no rating name)" : TerminalText.safe(f.ratingName()),
                    f.datePublished() == null ? "(undated)" : f.datePublished(),
                    TerminalText.safe(f.publisherName())));
            out.println("      " + TerminalText.safe(snippet(f.claimReviewed())));
            out.println("      " + TerminalText.safe(f.reviewUrl()));
        }
    }

    /** The claim on one line, cut at a word after at most {@link #SNIPPET} characters. */
    static String snippet(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (CodePoints.count(t) <= SNIPPET) {
            return t;
        }
        String head = CodePoints.cutBefore(t, SNIPPET - 1);
        int cut = head.lastIndexOf(' ');
        return (cut > SNIPPET / 2 ? head.substring(0, cut) : head) + "…";
    }
}
