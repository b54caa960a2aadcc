package io.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ReviewState;
import io.factdesk.claims.StatusFilter;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;
import io.factdesk.TestEngine;

@ParameterizedClass
@EnumSource(TestEngine.class)
class QueueProgressTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;

    @Test
    void ownSavesMoveTheCountsAndOtherReviewersWorkShowsAtTheNextRefresh() {
        try (TestWorkbench wb = new TestWorkbench(engine, dir)) {
            wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024. Imports fell 3% in 2023. Rice output grew 5% in 2022.\n");
            wb.ingest.ingest(wb.seedFolder);
            var queue = wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null));
            QueueProgress progress = new QueueProgress(wb.claims, ClaimQuery.of(StatusFilter.PENDING, null));
            assertThat(progress.current()).isEqualTo(new Progress(0, 3));

            record(wb, queue.get(0).id(), "Lan");
            progress.saved(ReviewState.NEEDS_REVIEW, ReviewState.REVIEWED);
            progress.saved(ReviewState.REVIEWED, ReviewState.DISPUTED);    // already fully reviewed: no change
            progress.saved(ReviewState.NEEDS_REVIEW, ReviewState.NEEDS_REVIEW); // one of two reviews: no change
            assertThat(progress.current()).isEqualTo(new Progress(1, 3));

            record(wb, queue.get(1).id(), "Minh");         // someone else, not seen yet
            for (int i = 0; i < QueueProgress.REFRESH_EVERY - 1; i++) {
                progress.shown();
            }
            assertThat(progress.current()).isEqualTo(new Progress(1, 3));
            progress.shown();                               // the twentieth claim on screen: count again
            assertThat(progress.current()).isEqualTo(new Progress(2, 3));
            progress.recount();
            assertThat(progress.current()).isEqualTo(new Progress(2, 3));
        }
    }

    @Test
    void aClaimCountsAsDoneOnlyWithAsManyReviewersAsThePolicyAsksFor() {
        try (TestWorkbench wb = new TestWorkbench(engine, dir)) {
            wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024. Imports fell 3% in 2023. Rice output grew 5% in 2022.\n");
            wb.ingest.ingest(wb.seedFolder);
            wb.policy.set(io.factdesk.team.PolicySetting.REVIEWS_REQUIRED, "2");
            var queue = wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null));
            record(wb, queue.get(0).id(), "Lan");
            assertThat(new QueueProgress(wb.claims, ClaimQuery.of(StatusFilter.ACTIVE, null)).current())
                    .as("one of two reviews").isEqualTo(new Progress(0, 3));
            record(wb, queue.get(0).id(), "Minh");
            assertThat(new QueueProgress(wb.claims, ClaimQuery.of(StatusFilter.ACTIVE, null)).current())
                    .isEqualTo(new Progress(1, 3));
        }
    }

    @Test
    void publishedClaimsStayInTheTotalAndAReturnedOneIsOpenAgain() {
        try (TestWorkbench wb = new TestWorkbench(engine, dir)) {
            wb.writeSeed("a.txt", "Title\nExports rose 12% in 2024. Imports fell 3% in 2023. Rice output grew 5% in 2022.\n"
                    + "Sugar tax rose 5% in 2021.\n");
            wb.ingest.ingest(wb.seedFolder);
            var queue = wb.claims.list(ClaimQuery.of(StatusFilter.PENDING, null));
            assertThat(queue).hasSize(4);
            for (int i = 0; i < 3; i++) {
                record(wb, queue.get(i).id(), "Lan");
            }
            ReviewerName editor = new ReviewerName("Hà");
            wb.desk.approve(new ClaimId(queue.get(0).id()), new Note(""), editor);
            wb.desk.returnClaim(new ClaimId(queue.get(1).id()), new Note("which year?"), new ReviewerName("Lan"), editor);
            ClaimQuery all = ClaimQuery.of(StatusFilter.ACTIVE, null);

            assertThat(new QueueProgress(wb.claims, all).current()).as("published and reviewed done; returned and pending open")
                    .isEqualTo(new Progress(2, 4));
        }
    }

    private static void record(TestWorkbench wb, long claim, String reviewer) {
        wb.verdictService.record(new VerdictInput(new ClaimId(claim), Rating.TRUE,
                List.of(new EvidenceUrl("https://example.org/a")), new Note("checked"), new ReviewerName(reviewer),
                Instant.parse("2026-01-01T00:00:00Z")));
    }
}
