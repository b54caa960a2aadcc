package io.factdesk.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.importing.ImportFormat;
import io.factdesk.importing.ImportService;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** A workbench with a row of every kind a copy must carry, made through factdesk's own services. */
final class CopiedWorkbench {

    private CopiedWorkbench() {
    }

    static void fill(TestWorkbench wb, Path dir) {
        try (var project = Files.list(Path.of("seeds"))) {
            Files.createDirectories(wb.seedFolder);
            for (Path seed : project.toList()) {
                Files.copy(seed, wb.seedFolder.resolve(seed.getFileName()));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        wb.writeSeed("a.txt", "Title\nThe ministry said exports rose 12% in 2024 to a record 400 billion dollars.\n"
                + "Unemployment fell to 2% last year.\nInflation was 3.1% in March, the central bank said.\n");
        wb.writeSeed("news/b.txt", "Nguyễn's report\nExports rose 12% in 2024 to a record 400 billion dollars, the ministry said.\n"
                + "The city spent 5 million euros on roads in 2023.\n");
        wb.writeSeed("gone.txt", "Gone\nCrime fell by 20% in 2022, the police said.\n");
        wb.ingest.ingest(wb.seedFolder);

        ReviewerName lan = new ReviewerName("Nguyễn Thị Lan");
        ClaimId exports = idOf(wb, "The ministry said");
        wb.verdictService.record(new VerdictInput(exports, Rating.MOSTLY_TRUE,
                List.of(new EvidenceUrl("https://stats.example.org/b"), new EvidenceUrl("https://stats.example.org/a")),
                new Note("Customs data «2024»"), lan, Instant.parse("2025-02-01T10:15:30.123456Z")));
        wb.groupVerdicts.applyToGroup(exports, lan); // the near-duplicate in b.txt, with applied_from_id
        ClaimId unemployment = idOf(wb, "Unemployment");
        wb.verdictService.record(new VerdictInput(unemployment, Rating.FALSE, List.of(new EvidenceUrl("https://a.org")),
                new Note("first look"), lan, null));
        wb.verdictService.record(new VerdictInput(unemployment, Rating.MOSTLY_FALSE, List.of(new EvidenceUrl("https://b.org")),
                new Note("second look"), lan, null)); // supersedes the first
        ClaimId inflation = idOf(wb, "Inflation");
        ReviewerName bob = new ReviewerName("Bob");
        wb.verdictService.record(new VerdictInput(inflation, Rating.HALF_TRUE, List.of(new EvidenceUrl("https://c.org")),
                new Note("n"), bob, null));
        wb.verdictService.undo(inflation, bob); // a retraction
        wb.verdictService.record(new VerdictInput(idOf(wb, "Crime fell"), Rating.UNVERIFIABLE, List.of(),
                new Note("no data"), bob, null));
        // the editor's desk: a claim returned and judged again, then signed off and corrected in the open
        ReviewerName editor = new ReviewerName("Hà");
        wb.desk.returnClaim(unemployment, new Note("which survey?"), lan, editor);
        wb.verdictService.record(new VerdictInput(unemployment, Rating.FALSE, List.of(new EvidenceUrl("https://b.org/survey")),
                new Note("the labour survey"), lan, null));
        wb.desk.approve(unemployment, new Note("checked"), editor);
        wb.desk.correct(unemployment, Rating.MOSTLY_FALSE, new Note("the survey was revised"), editor);
        try {
            Path csv = dir.resolve("verdicts.csv");
            Files.writeString(csv, "claim_id,rating,evidence_url,note,reviewer,reviewed_at\n"
                    + idOf(wb, "The city spent").value() + ",TRUE,https://city.example.org https://roads.example.org,"
                    + "budget,Mai,2025-01-05T08:00:00Z\n");
            wb.importService.importFile(new ImportService.Request(csv, "verdicts.csv", ImportFormat.of(null, csv.toString()),
                    false, false, null, false));
            Files.delete(wb.seedFolder.resolve("gone.txt"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        wb.ingest.ingest(wb.seedFolder); // gone.txt's claims are now stale, its verdict kept
        // the team: a roster entry, a changed policy, an assignment and a blind-mode reveal in the desk log
        wb.policy.set(io.factdesk.team.PolicySetting.REVIEWS_REQUIRED, "2");
        wb.policy.set(io.factdesk.team.PolicySetting.BLIND, "on");
        wb.assignments.assign(List.of(idOf(wb, "Inflation").value()), bob, lan);
        wb.blind.forViewer(wb.claimViews.show(exports), java.util.Optional.of(bob), true, "claims show");
        // the library of published fact-checks: one row with every field, one with the nullable ones empty
        try {
            Path reviews = Files.writeString(dir.resolve("reviews.json"), """
                    [ {"@type": "ClaimReview", "url": "https://checks.example.org/cafe", "claimReviewed": "Café prices rose 40%.",
                       "datePublished": "2024-03-05", "inLanguage": "vi", "author": {"name": "Example Checks", "url": "https://checks.example.org/"},
                       "reviewRating": {"ratingValue": 2, "bestRating": 3, "worstRating": 0, "alternateName": "Mostly true"},
                       "itemReviewed": {"author": {"name": "Nguyễn Văn An"}, "appearance": "https://news.example.org/a"}},
                      {"url": "https://checks.example.org/bare", "claimReviewed": "Bare.", "author": "Example Checks"},
                      {"url": "https://checks.example.org/exports", "author": "Example Checks",
                       "claimReviewed": "The ministry said exports rose 12% in 2024 to a record 400 billion dollars."} ]""");
            var library = new io.factdesk.factchecks.FactCheckService(new io.factdesk.factchecks.FactCheckRepository(wb.database),
                    new io.factdesk.db.Transactions(wb.database), () -> Instant.parse("2025-01-02T03:04:05.678Z"));
            library.setMatching(wb.libraryMatching); // vectors for the entries, and a claim matching the third
            library.importFile(reviews, "reviews.json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // last: from here on only the roster's members may record verdicts
        wb.database.dsl().insertInto(io.factdesk.jooq.Tables.TEAM_MEMBER)
                .set(io.factdesk.jooq.Tables.TEAM_MEMBER.NAME, "Lan")
                .set(io.factdesk.jooq.Tables.TEAM_MEMBER.ROLE, io.factdesk.team.TeamRole.EDITOR)
                .set(io.factdesk.jooq.Tables.TEAM_MEMBER.ADDED_AT, Instant.parse("2025-01-01T00:00:00Z")).execute();
    }

    static ClaimId idOf(TestWorkbench wb, String start) {
        return new ClaimId(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).stream()
                .filter(c -> c.text().startsWith(start)).map(Claim::id).findFirst().orElseThrow());
    }
}
