package io.factdesk.verdicts;

import java.io.PrintWriter;

import io.factdesk.support.TerminalText;

/** Plain-text lines for verdict-log entries. */
public final class VerdictTextRenderer {

    private VerdictTextRenderer() {
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
        if (e.batchFile() != null) {
            out.println("      imported from " + TerminalText.safe(e.batchFile()) + " row " + e.batchRow());
        }
    }
}
