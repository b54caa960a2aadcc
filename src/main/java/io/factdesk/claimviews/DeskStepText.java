package io.factdesk.claimviews;

import java.io.PrintWriter;

import io.factdesk.support.TerminalText;

/** Plain-text lines for the desk log's entries in a claim's history, beside the verdict log's. */
public final class DeskStepText {

    private DeskStepText() {
    }

    public static void entry(DeskStep s, PrintWriter out) {
        String by = " by " + TerminalText.safe(s.actor()) + " (" + TerminalText.safe(s.osUser()) + ")";
        String to = TerminalText.safe(s.reviewer());
        String head = switch (s.kind()) {
            case ASSIGN -> "ASSIGNED to " + to + by;
            case UNASSIGN -> "UNASSIGNED from " + to + by;
            case UNBLIND -> "UNBLINDED" + by + (s.detail() == null ? "" : " in " + TerminalText.safe(s.detail()));
            case RETURN -> "RETURNED to " + to + by;
            case APPROVE -> "APPROVED as " + s.rating().name() + by + ": published";
            case DECIDE -> "DECIDED " + s.rating().name() + by + ": published";
            case CORRECT -> "CORRECTED " + s.previousRating().name() + " -> " + s.rating().name() + by;
        };
        out.println("desk#" + s.id() + "  " + s.recordedAt() + "  " + head);
        if (s.detail() != null && s.kind() != io.factdesk.claims.DeskEventKind.UNBLIND) {
            String label = switch (s.kind()) {
                case RETURN -> "comment";
                case CORRECT -> "correction";
                default -> "note";
            };
            out.println("      " + label + ": " + TerminalText.safe(s.detail()));
        }
    }
}
