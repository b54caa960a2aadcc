package io.factdesk.agreement;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerName;

/**
 * Which current verdicts agreement is computed over, and which pair the confusion matrix shows.
 *
 * @param seed      only claims of this seed, or null
 * @param since     only current verdicts decided at or after this instant, or null
 * @param reviewers only these reviewers (canonical names, two or more), or empty for everyone
 * @param pair      the confusion matrix's pair, or null for the pair sharing the most claims
 */
public record AgreementFilter(String seed, Instant since, List<String> reviewers, ReviewerPair pair) {

    public static final AgreementFilter EVERYTHING = new AgreementFilter(null, null, List.of(), null);

    public AgreementFilter {
        reviewers = List.copyOf(reviewers);
        if (reviewers.size() == 1) {
            throw FactdeskException.badInput("--reviewers needs two or more names separated by commas, got only '"
                    + TerminalText.safe(reviewers.get(0)) + "'");
        }
    }

    /** The options as typed; each bad value is refused with a line naming the option. */
    public static AgreementFilter parse(String seed, String since, String reviewers, String pair) {
        List<String> names = reviewers == null || reviewers.isBlank() ? List.of() : names("--reviewers", reviewers);
        ReviewerPair chosen = null;
        if (pair != null && !pair.isBlank()) {
            List<String> two = names("--pair", pair);
            if (two.size() != 2) {
                throw FactdeskException.badInput("--pair needs two different names separated by a comma (e.g. --pair Lan,Bob),"
                        + " got '" + TerminalText.safe(pair) + "'");
            }
            chosen = new ReviewerPair(two.get(0), two.get(1));
        }
        return new AgreementFilter(seed == null || seed.isBlank() ? null : seed.strip(),
                since == null || since.isBlank() ? null : instant(since), names, chosen);
    }

    /** "2025-02-01" (midnight UTC) or an instant such as "2025-02-01T08:00:00Z". */
    static Instant instant(String text) {
        String t = text.strip();
        try {
            return t.length() == 10 ? LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC) : Instant.parse(t);
        } catch (DateTimeException e) {
            throw FactdeskException.badInput("--since: '" + TerminalText.safe(text)
                    + "' is not an ISO-8601 date or instant (e.g. 2025-02-01 or 2025-02-01T08:00:00Z)");
        }
    }

    private static List<String> names(String option, String list) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : list.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(new ReviewerName(part).value());
            } catch (FactdeskException e) {
                throw FactdeskException.badInput(option + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(out);
    }

    /** In words, for the heading of the figures: "seed a.md, verdicts decided since 2025-02-01T00:00:00Z". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (seed != null) {
            parts.add("seed " + seed);
        }
        if (since != null) {
            parts.add("verdicts decided since " + since);
        }
        if (!reviewers.isEmpty()) {
            parts.add("reviewers " + String.join(", ", reviewers));
        }
        return parts.isEmpty() ? "every claim with current verdicts" : String.join("; ", parts);
    }

    boolean includes(String canonicalReviewer) {
        return reviewers.isEmpty() || reviewers.contains(canonicalReviewer);
    }
}
