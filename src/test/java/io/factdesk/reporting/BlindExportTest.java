package io.factdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.team.PolicySetting;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.ReviewerSession;
import io.factdesk.verdicts.VerdictInput;

/** The report's coverage under the team's policy; in blind review, an export leaves out the claims its reviewer has not judged, unless unblinded. */
class BlindExportTest {

    @TempDir
    Path dir;
    TestWorkbench wb;
    ReviewerSession session;
    ReportService service;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        FactdeskSettings settings = new FactdeskSettings(dir.resolve("test.db").toString(), wb.seedFolder, null, 0.2, true);
        session = new ReviewerSession(settings);
        service = new ReportService(wb.claimViews, wb.claimService, wb.verdicts, wb.seeds, settings,
                () -> Instant.parse("2025-04-01T00:00:00Z"), ReportFixture.agreement(wb), wb.blind, session);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private List<Long> exported(boolean unblind) {
        List<Long> ids = new ArrayList<>();
        service.build(ReportFilter.parse(null, null, null, null), null, unblind).claims().forEach(e -> ids.add(e.id()));
        return ids;
    }

    @Test
    void theCoverageFollowsThePolicy() {
        judgeBoth(wb.twoPendingClaims());
        wb.policy.set(PolicySetting.REVIEWS_REQUIRED, "2");
        Report.Summary summary = service.build(ReportFilter.parse(null, null, null, null), null).summary();
        assertThat(summary.reviewsRequired()).isEqualTo(2);
        assertThat(summary.reviewed()).as("two agreeing people").isEqualTo(1);
        assertThat(summary.needsReview()).as("one person so far").isEqualTo(1);
        assertThat(summary.withVerdicts()).as("judged at all").isEqualTo(2);
    }

    @Test
    void claimsIHaveNotJudgedStayOutUntilUnblinded() {
        List<Long> ids = wb.twoPendingClaims();
        judgeBoth(ids);
        session.set(new ReviewerName("Minh"));
        assertThat(exported(false)).as("blind is off").containsExactlyElementsOf(ids);

        wb.policy.set(PolicySetting.BLIND, "on");
        assertThat(exported(false)).containsExactly(ids.get(0));
        Report.Summary seen = service.build(ReportFilter.parse(null, null, null, null), null, false).summary();
        assertThat(seen.reviewed()).as("the policy's counts are over the claims the export shows").isEqualTo(1);
        assertThat(seen.withVerdicts()).isEqualTo(1);
        assertThat(exported(true)).containsExactlyElementsOf(ids);
        assertThat(service.build(ReportFilter.parse(null, null, null, null), null, true).summary().reviewed()).isEqualTo(2);
        assertThat(wb.database.dsl().fetchCount(io.factdesk.jooq.Tables.DESK_EVENT)).as("the reveal is logged").isPositive();
    }

    /** Lan judges both claims, Minh the first. */
    private void judgeBoth(List<Long> ids) {
        for (long id : ids) {
            wb.verdictService.record(new VerdictInput(new ClaimId(id), Rating.TRUE, List.of(new EvidenceUrl("https://example.org/a")),
                    new Note("checked"), new ReviewerName("Lan"), null));
        }
        wb.verdictService.record(new VerdictInput(new ClaimId(ids.get(0)), Rating.TRUE,
                List.of(new EvidenceUrl("https://example.org/b")), new Note("checked"), new ReviewerName("Minh"), null));
    }
}
