package io.factdesk.verdicts;

import java.io.PrintWriter;

import io.factdesk.support.ShellStyle;
import io.factdesk.support.ShellStyle.Colour;
import io.factdesk.support.TerminalText;

/** Plain-text lines for verdict-log entries. */
public final class VerdictTextRenderer {

    private VerdictTextRenderer() {
    }

    /** A rating's name in its colour (green true, yellow half, red false, cyan the rest), "-" for none. */
    public static String rating(Rating rating, ShellStyle style) {
        if (rating == null) {
            return "-";
        }
        Colour colour = switch (rating) {
            case TRUE, MOSTLY_TRUE -> Colour.GREEN;
            case HALF_TRUE -> Colour.YELLOW;
            case MOSTLY_FALSE, FALSE -> Colour.RED;
            case UNVERIFIABLE, NOT_CHECKWORTHY -> Colour.CYAN;
        };
        return style.coloured(colour, rating.name());
    }

    /** "applied from claim 38 (entry 12)": where an apply-group copy came from. */
    public static String appliedFrom(VerdictEntry e) {
        return appliedFrom(e.appliedFromId(), e.appliedFromClaimId());
    }

    public static String appliedFrom(Long entryId, Long claimId) {
        return "applied from " + (claimId == null ? "" : "claim " + claimId + " ") + "(entry " + entryId + ")";
    }

    /**
     * How a verdict came in, with the operating-system account: "entered by hand (account lan)" or
     * "imported from verdicts.csv row 3 (account ops)". Raw text: each caller escapes it for its output.
     */
    public static String provenance(String batchFile, Integer batchRow, String osUser) {
        return (batchFile == null ? "entered by hand" : "imported from " + batchFile + " row " + batchRow)
                + " (account " + osUser + ")";
    }

    public static void entry(VerdictEntry e, PrintWriter out) {
        String who = TerminalText.safe(e.reviewer()) + " (" + TerminalText.safe(e.osUser()) + ")";
        if (e.kind() == VerdictEntry.Kind.RETRACTION) {
            out.println("#" + e.id() + "  " + e.recordedAt() + "  UNDO of #" + e.retractsId() + " by " + who);
            return;
        }
        out.println("#" + e.id() + "  " + e.reviewedAt() + "  " + e.rating().name() + " by " + who
                + (e.supersedesId() == null ? "" : ", replaces #" + e.supersedesId()));
        e.evidence().forEach(u -> out.println("      evidence " + TerminalText.safe(u)));
        if (e.note() != null && !e.note().isEmpty()) {
            out.println("      note: " + TerminalText.safe(e.note()));
        }
        if (e.appliedFromId() != null) {
            out.println("      " + appliedFrom(e));
        }
        if (e.batchFile() != null) {
            out.println("      imported from " + TerminalText.safe(e.batchFile()) + " row " + e.batchRow());
        }
    }
}
