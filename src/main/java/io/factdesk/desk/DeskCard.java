package io.factdesk.desk;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.claimviews.SignOff;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.VerdictEntry;

/**
 * A claim as the editor's desk shows it: its state, the sentence, every reviewer's current verdict side by
 * side (rating, when, and how it came in: typed by hand or imported, with file, row and account), with
 * evidence and notes beneath, the returns so far, and whether the reviewers agree.
 */
final class DeskCard {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private DeskCard() {
    }

    static List<String> lines(ClaimWithVerdicts cv, int position, int total, int columns) {
        SignOff signOff = cv.signOff();
        List<String> lines = new ArrayList<>();
        var c = cv.claim();
        lines.add("[" + position + " / " + total + " awaiting sign-off]  Claim " + c.id() + " · " + c.state().label()
                + " · " + safe(c.seedName()) + " sentence " + c.position());
        int width = columns <= 0 ? 100 : Math.max(20, columns - 4);
        io.factdesk.review.CardText.wrap("\u201C" + safe(c.text()) + "\u201D", width).forEach(l -> lines.add("  " + l));
        List<VerdictEntry> current = cv.current();
        int name = Math.max(8, current.stream().mapToInt(v -> safe(v.reviewer()).length()).max().orElse(8));
        lines.add("");
        lines.add(String.format("  %-" + name + "s  %-15s  %-16s  %s", "Reviewer", "Verdict", "When (UTC)", "How"));
        for (VerdictEntry v : current) {
            lines.add(String.format("  %-" + name + "s  %-15s  %-16s  %s", safe(v.reviewer()), v.rating().name(),
                    MINUTE.format(Instant.parse(v.reviewedAt())), how(v)));
            v.evidence().forEach(u -> lines.add("  " + " ".repeat(name) + "  evidence " + safe(u)));
            if (v.note() != null && !v.note().isEmpty()) {
                lines.add("  " + " ".repeat(name) + "  note: " + safe(v.note()));
            }
        }
        for (DeskStep r : signOff.returns()) {
            lines.add("  Returned to " + safe(r.reviewer()) + " by " + safe(r.actor()) + " on " + MINUTE.format(r.recordedAt())
                    + ": " + safe(r.detail()));
        }
        long ratings = current.stream().map(VerdictEntry::rating).distinct().count();
        lines.add("  " + (current.size() == 1 ? "One reviewer so far." : ratings <= 1 ? "The " + current.size() + " reviewers agree."
                : "Reviewers differ: " + current.stream().collect(Collectors.groupingBy(v -> v.rating().name(),
                        java.util.LinkedHashMap::new, Collectors.counting())).entrySet().stream()
                        .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", ")) + "."));
        return lines;
    }

    /** "entered by hand (account lan)" or "imported from verdicts.csv row 3 (account ops)". */
    static String how(VerdictEntry v) {
        return safe(io.factdesk.verdicts.VerdictTextRenderer.provenance(v.batchFile(), v.batchRow(), v.osUser()));
    }

    private static String safe(String s) {
        return TerminalText.safe(s == null ? "" : s);
    }
}
