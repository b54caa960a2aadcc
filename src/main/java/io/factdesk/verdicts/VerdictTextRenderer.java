package io.factdesk.verdicts;

import java.io.PrintWriter;

import io.factdesk.support.TerminalText;

/** Plain-text lines for verdict-log entries. */
public final class VerdictTextRenderer {

    private VerdictTextRenderer() {
    }

    /** "applied from claim 38 (entry 12)": where an apply-group copy came from. */
    public static String appliedFrom(VerdictEntry e) {
        return appliedFrom(e.appliedFromId(), e.appliedFromClaimId());
    }

    public static String appliedFrom(Long entryId, Long claimId) {
        return "applied from " + (claimId == null ? "" : "claim " + claimId + " ") + "(entry " + entryId + ")";
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
