package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

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
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictInput;
import io.factdesk.TestEngine;

/** The reports say where an apply-group copy came from, from the entry's link (its note is left as written). */
@ParameterizedClass
@EnumSource(TestEngine.class)
class ReportAppliedFromTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    ReportService service;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        wb.writeSeed("a.txt", "Title\nThe ministry said exports rose 12% in 2024 to a record 400 billion dollars.\n");
        wb.writeSeed("b.txt", "Other title\nExports rose 12% in 2024 to a record 400 billion dollars, the ministry said.\n");
        wb.ingest.ingest(wb.seedFolder);
        service = new ReportService(wb.claimViews, wb.claimService, wb.verdicts, wb.seeds,
                new FactdeskSettings(dir.resolve("test.db").toString(), wb.seedFolder, null, 0.2, true),
                () -> Instant.parse("2025-04-01T00:00:00Z"), ReportFixture.agreement(wb));
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private long idOf(String start) {
        return wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null)).stream()
                .filter(c -> c.text().startsWith(start)).map(Claim::id).findFirst().orElseThrow();
    }

    @Test
    void everyFormatSaysAppliedFromClaimAndEntry() {
        ClaimId a = new ClaimId(idOf("The ministry said"));
        ReviewerName lan = new ReviewerName(Normalizer.normalize("Nguyễn Lan", Normalizer.Form.NFD));
        VerdictEntry source = wb.verdictService.record(new VerdictInput(a, Rating.MOSTLY_TRUE,
                List.of(new EvidenceUrl("https://stats.example.org")), new Note("Customs data"), lan, null));
        wb.groupVerdicts.applyToGroup(a, lan);
        String link = "applied from claim " + a + " (entry " + source.id() + ")";

        Report report = service.build(ReportFilter.parse(null, null,
                Normalizer.normalize("Nguyễn Lan", Normalizer.Form.NFC), null), null);

        assertThat(render(new MarkdownReportRenderer(), report)).contains("  - Applied from claim " + a + ", entry " + source.id())
                .doesNotContain("a near-duplicate");
        assertThat(render(new HtmlReportRenderer(), report)).contains(" · " + link + "</p>");
        assertThat(render(new CsvReportRenderer(), report)).contains("MOSTLY_TRUE (" + link + ")");
        StringWriter json = new StringWriter();
        io.factdesk.support.Json.write(report, json);
        assertThat(json.toString()).contains("\"appliedFrom\" : " + source.id(), "\"appliedFromClaim\" : " + a);
        assertThat(report.summary().inReport()).as("the reviewer filter in NFC finds the NFD-typed name").isEqualTo(2);
        assertThat(report.reviewers()).containsExactly(Normalizer.normalize("Nguyễn Lan", Normalizer.Form.NFC));
    }

    private static String render(ReportRenderer renderer, Report report) {
        StringWriter out = new StringWriter();
        renderer.render(report, new PrintWriter(out));
        return out.toString();
    }
}
