package io.factdesk.reporting;

import java.time.Instant;

import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;

/**
 * Which claims with verdicts go into a report: by seed, by a current verdict's rating or reviewer, by
 * decision time, and by state (published, awaiting-signoff, disputed, …; null: every claim with a verdict).
 */
public record ReportFilter(String seed, Rating verdict, ReviewerName reviewer, Instant since, StatusFilter status) {

    public ReportFilter(String seed, Rating verdict, ReviewerName reviewer, Instant since) {
        this(seed, verdict, reviewer, since, null);
    }

    public static ReportFilter parse(String seed, String verdict, String reviewer, String since) {
        return parse(seed, verdict, reviewer, since, null);
    }

    public static ReportFilter parse(String seed, String verdict, String reviewer, String since, String status) {
        return new ReportFilter(seed == null || seed.isBlank() ? null : seed,
                verdict == null || verdict.isBlank() ? null : Rating.parse(verdict),
                reviewer == null || reviewer.isBlank() ? null : new ReviewerName(reviewer),
                since == null || since.isBlank() ? null : instant(since),
                status == null || status.isBlank() ? null : StatusFilter.parse(status));
    }

    /** The claims a report's pages are read from: the status asked for, else every claim with a verdict. */
    ClaimQuery query() {
        return ClaimQuery.of(status == null ? StatusFilter.JUDGED : status, seed);
    }

    boolean accepts(ClaimWithVerdicts cv) {
        if (cv.current().isEmpty()) {
            return false;   // a state such as needs-review also holds claims no one has judged: nothing to report
        }
        if (seed != null && !seed.equals(cv.claim().seedName())) {
            return false;
        }
        return cv.current().stream().anyMatch(v -> (verdict == null || v.rating() == verdict)
                && (reviewer == null || ReviewerName.same(reviewer.value(), v.reviewer()))
                && (since == null || !Instant.parse(v.reviewedAt()).isBefore(since)));
    }

    Report.Filters describe() {
        return new Report.Filters(seed, verdict == null ? null : verdict.name(),
                reviewer == null ? null : reviewer.value(), since == null ? null : since.toString(),
                status == null ? null : status.label());
    }

    static Instant instant(String text) {
        try {
            return text.length() == 10 ? Instant.parse(text + "T00:00:00Z") : Instant.parse(text);
        } catch (java.time.DateTimeException e) {
            throw FactdeskException.badInput("'" + TerminalText.safe(text)
                    + "' is not an ISO-8601 date or instant (e.g. 2025-02-01 or 2025-02-01T08:00:00Z)");
        }
    }
}
