package io.factdesk.importing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.factdesk.claims.ClaimId;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.KnownReviewers;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** Checks one imported row with the same rules as the verdict command and says what is wrong, field by field. */
final class RowValidator {

    /** A row's verdict, or the problems that keep it out; {@code timeGiven} when the row carried reviewed_at. */
    record Result(VerdictInput verdict, List<String> problems, boolean timeGiven) {
    }

    private final ClaimLookup claims;
    private final ReviewerName defaultReviewer;
    private final Instant importedAt;
    private final KnownReviewers.Check roster;

    RowValidator(ClaimLookup claims, ReviewerName defaultReviewer, Instant importedAt, KnownReviewers.Check roster) {
        this.claims = claims;
        this.defaultReviewer = defaultReviewer;
        this.importedAt = importedAt;
        this.roster = roster;
    }

    Result validate(RawRow row) {
        List<String> problems = new ArrayList<>();
        if (!row.problems().isEmpty()) {
            return new Result(null, row.problems(), false);
        }
        ClaimId claimId = field("claim_id", problems, () -> claims.resolve(row));
        Rating rating = field("rating", problems, () -> Rating.parse(row.first("rating")));
        List<EvidenceUrl> evidence = field(row.has("evidence") ? "evidence" : "evidence_url", problems, () -> urls(row));
        Note note = field("note", problems, () -> new Note(row.first("note")));
        ReviewerName reviewer = field("reviewer", problems, () -> {
            String name = row.first("reviewer");
            if (name.isBlank() && defaultReviewer == null) {
                throw FactdeskException.badInput("empty, and no --reviewer given");
            }
            return name.isBlank() ? defaultReviewer : new ReviewerName(name);
        });
        if (reviewer != null) {
            // the message names the field itself: "unknown reviewer 'lan'; did you mean 'Lan'?"
            roster.problem(reviewer).ifPresent(problems::add);
        }
        String time = row.first("reviewed_at").strip();
        Instant reviewedAt = field("reviewed_at", problems, () -> time.isEmpty() ? importedAt : instant(time));
        if (!problems.isEmpty()) {
            return new Result(null, problems, false);
        }
        VerdictInput verdict = field(rating.isRated() ? "evidence_url" : "rating", problems,
                () -> new VerdictInput(claimId, rating, evidence, note, reviewer, reviewedAt));
        return new Result(verdict, problems, !time.isEmpty());
    }

    private static List<EvidenceUrl> urls(RawRow row) {
        List<String> cells = new ArrayList<>(row.cells().getOrDefault("evidence_url", List.of()));
        cells.addAll(row.cells().getOrDefault("evidence", List.of()));
        return EvidenceUrl.parseAll(cells);
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e2) {
                try {
                    return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
                } catch (DateTimeException e3) {
                    try {
                        return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                    } catch (DateTimeException e4) {
                        throw FactdeskException.badInput("'" + TerminalText.safe(text)
                                + "' is not an ISO-8601 date or time (e.g. 2025-02-05T07:56:00Z)");
                    }
                }
            }
        }
    }

    private static <T> T field(String name, List<String> problems, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (FactdeskException e) {
            problems.add(name + ": " + e.getMessage());
            return null;
        }
    }
}
