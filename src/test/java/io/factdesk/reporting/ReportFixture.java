package io.factdesk.reporting;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/**
 * A small fixed database for report tests: two seeds, verdicts with fixed times, a dispute the editor
 * decides and later corrects, an undo, an approval, and hostile text in a note, a name and a seed (script
 * tags, formula, Markdown link, ANSI escape, javascript: URL as a source).
 */
final class ReportFixture {

    static final String HOSTILE = "<script>alert(1)</script> =HYPERLINK(\"http://evil\") [click](javascript:alert(1)) | *x* `y` \u001b[31mred";
    static final Instant AS_OF = Instant.parse("2025-03-05T12:00:00Z");

    private ReportFixture() {
    }

    static ReportService build(TestWorkbench wb, Path dir) {
        wb.writeSeed("a-budget.md", """
                # Budget rules for science

                *By Maria Okafor* · 14 March 2024

                The law requires 3% of the annual budget for science, the ministry said.
                Exports rose 12% in 2024, according to customs data.
                Source: https://news.example.org/budget
                """);
        wb.writeSeed("b-hostile.txt", "=cmd|' /C calc'!A0 headline\nThe <b>council</b> approved a 5% tax \u001b[31mon *sugar* in 2023 [see](javascript:alert(1)).\n"
                + "Source link: javascript:alert(document.cookie)\n");
        wb.ingest.ingest(wb.seedFolder);
        List<Claim> pending = wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null));
        long law = idOf(pending, "The law requires");
        long exports = idOf(pending, "Exports rose");
        long sugar = idOf(pending, "The <b>council</b>");
        record(wb, law, Rating.TRUE, "Lan", "2025-03-02T09:00:00Z", "Matches the decree's text.", "https://gov.example.org/decree", "https://stats.example.org/budget");
        record(wb, law, Rating.HALF_TRUE, "Bob", "2025-03-02T10:00:00Z", "Only for state-funded bodies.", "https://gov.example.org/decree");
        record(wb, exports, Rating.FALSE, "Lan", "2025-03-03T09:00:00Z", "First try.", "https://stats.example.org/x");
        wb.verdictService.undo(new ClaimId(exports), new ReviewerName("Lan"));
        record(wb, exports, Rating.MOSTLY_TRUE, "Lan", "2025-03-03T11:00:00Z", "Customs data says 11.8%.", "https://stats.example.org/exports");
        record(wb, sugar, Rating.UNVERIFIABLE, HOSTILE.replace("\u001b", "").substring(0, 40), "2025-03-04T09:00:00Z", HOSTILE.replace("\u001b", ""));
        ReviewerName editor = new ReviewerName("Hà");
        wb.desk.approve(new ClaimId(exports), new Note("Checked against the customs table."), editor);
        wb.desk.approve(new ClaimId(sugar), new Note(""), editor);
        wb.desk.decide(new ClaimId(law), Rating.HALF_TRUE, new Note("True for state-funded bodies only."), editor);
        wb.desk.correct(new ClaimId(law), Rating.MOSTLY_TRUE, new Note("The decree was amended to cover all bodies."), editor);
        return new ReportService(wb.claimViews, wb.claimService, wb.verdicts, wb.seeds,
                new FactdeskSettings(dir.resolve("test.db").toString(), wb.seedFolder, null, 0.2, true), () -> AS_OF,
                agreement(wb));
    }

    /** The agreement figures a report includes, over the workbench's database. */
    static io.factdesk.agreement.AgreementService agreement(TestWorkbench wb) {
        return new io.factdesk.agreement.AgreementService(new io.factdesk.agreement.AgreementRepository(wb.database),
                wb.verdicts, wb.seeds);
    }

    private static long idOf(List<Claim> claims, String start) {
        return claims.stream().filter(c -> c.text().startsWith(start)).findFirst().orElseThrow(
                () -> new IllegalStateException("no claim starting with " + start + " in " + claims)).id();
    }

    private static void record(TestWorkbench wb, long claim, Rating rating, String reviewer, String at, String note,
                               String... evidence) {
        wb.verdictService.record(new VerdictInput(new ClaimId(claim), rating,
                java.util.Arrays.stream(evidence).map(EvidenceUrl::new).toList(), new Note(note), new ReviewerName(reviewer),
                Instant.parse(at)));
    }
}
