package io.factdesk.verdicts;

import static io.factdesk.jooq.Tables.VERDICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.support.FactdeskException;

class VerdictRepositoryTest {

    @TempDir
    Path dir;
    TestWorkbench wb;
    ClaimId claim;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        wb.writeSeed("a.txt", "Title line\nWe know startups have only a 5% success rate. This is lovely.\n");
        wb.ingest.ingest(wb.seedFolder);
        claim = new ClaimId(wb.claims.nextPending(List.of()).orElseThrow().id());
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private VerdictEntry record(String reviewer, Rating rating) {
        return wb.verdictService.record(new VerdictInput(claim, rating,
                List.of(new EvidenceUrl("https://example.org/" + reviewer)), new Note("because"),
                new ReviewerName(reviewer), Instant.parse("2025-03-02T10:00:00Z")));
    }

    @Test
    void aVerdictMakesTheClaimReviewedAndKeepsItsEvidenceInOrder() {
        VerdictEntry saved = wb.verdictService.record(new VerdictInput(claim, Rating.MOSTLY_FALSE,
                List.of(new EvidenceUrl("https://b.org"), new EvidenceUrl("https://a.org")), new Note("n"),
                new ReviewerName("Nguyễn Thị Lan"), Instant.parse("2025-03-02T10:00:00Z")));
        assertThat(saved.evidence()).containsExactly("https://b.org", "https://a.org");
        assertThat(saved.reviewer()).isEqualTo("Nguyễn Thị Lan");
        assertThat(saved.osUser()).isNotBlank();
        assertThat(saved.reviewedAt()).isEqualTo("2025-03-02T10:00:00Z");
        assertThat(wb.claims.find(claim).orElseThrow().status()).isEqualTo(ClaimStatus.REVIEWED);
    }

    @Test
    void undoRetractsOnlyTheReviewersOwnLatestVerdictAndRestoresTheEarlierOne() {
        VerdictEntry first = record("lan", Rating.TRUE);
        VerdictEntry second = record("lan", Rating.FALSE);
        VerdictEntry other = record("bob", Rating.HALF_TRUE);
        assertThat(second.supersedesId()).isEqualTo(first.id());

        VerdictEntry undo = wb.verdictService.undo(claim, new ReviewerName("lan"));

        assertThat(undo.kind()).isEqualTo(VerdictEntry.Kind.RETRACTION);
        assertThat(undo.retractsId()).isEqualTo(second.id());
        var current = wb.claimService.show(claim).current();
        assertThat(current).extracting(VerdictEntry::id).containsExactlyInAnyOrder(first.id(), other.id());
        assertThat(wb.verdictService.history(claim)).hasSize(4);
    }

    @Test
    void undoingEverythingReturnsTheClaimToTheQueue() {
        record("lan", Rating.TRUE);
        wb.verdictService.undo(claim, new ReviewerName("lan"));
        assertThat(wb.claims.find(claim).orElseThrow().status()).isEqualTo(ClaimStatus.PENDING);
        assertThatThrownBy(() -> wb.verdictService.undo(claim, new ReviewerName("lan")))
                .isInstanceOf(FactdeskException.class).hasMessage("claim " + claim + " has no verdict by lan to undo");
    }

    /** ClaimService skips the log for pending and held claims; this is the invariant it relies on. */
    @Test
    void aClaimIsNeverPendingOrHeldWhileItHasALiveVerdict() {
        ClaimId held = new ClaimId(wb.claims.list(io.factdesk.claims.ClaimQuery.of(io.factdesk.claims.StatusFilter.HELD, null))
                .get(0).id());
        ClaimId pending = claim;
        assertOnlyReviewedClaimsHaveLiveVerdicts();
        for (ClaimId id : List.of(held, pending)) {
            claim = id;
            record("lan", Rating.NOT_CHECKWORTHY);
            assertOnlyReviewedClaimsHaveLiveVerdicts();
            record("bob", Rating.TRUE);
            wb.verdictService.undo(id, new ReviewerName("lan"));
            assertOnlyReviewedClaimsHaveLiveVerdicts();
            wb.verdictService.undo(id, new ReviewerName("bob"));
            assertOnlyReviewedClaimsHaveLiveVerdicts();
        }
        assertThat(wb.claims.find(held).orElseThrow().status()).isEqualTo(ClaimStatus.HELD);
        assertThat(wb.claims.find(pending).orElseThrow().status()).isEqualTo(ClaimStatus.PENDING);
    }

    private void assertOnlyReviewedClaimsHaveLiveVerdicts() {
        for (var c : wb.claims.list(io.factdesk.claims.ClaimQuery.of(io.factdesk.claims.StatusFilter.ALL, null))) {
            boolean live = !wb.verdicts.live(List.of(c.id())).isEmpty();
            assertThat(live).as("claim %d is %s", c.id(), c.status())
                    .isEqualTo(c.status() == ClaimStatus.REVIEWED || c.status() == ClaimStatus.STALE && live);
            assertThat(wb.claimService.show(new ClaimId(c.id())).current().isEmpty()).isEqualTo(!live);
        }
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        record("lan", Rating.TRUE);
        var dsl = wb.database.dsl();
        assertThatThrownBy(() -> dsl.update(VERDICT).set(VERDICT.RATING, "FALSE").execute())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(VERDICT).execute()).hasMessageContaining("append-only");
        assertThat(wb.verdicts.countEntries()).isEqualTo(1);
    }

    @Test
    void longIdListsStayUnderSqlitesBindLimit() {
        record("lan", Rating.TRUE);
        List<Long> many = new java.util.ArrayList<>();
        for (long i = 1; i <= 40_000; i++) {
            many.add(i);
        }
        assertThat(wb.verdicts.live(many)).singleElement().satisfies(v -> assertThat(v.claimId()).isEqualTo(claim.value()));
        assertThat(wb.verdicts.allEntries(many)).hasSize(1);
    }

    @Test
    void unknownClaimsAreNotFound() {
        assertThatThrownBy(() -> wb.verdictService.history(new ClaimId(999)))
                .hasMessage("claim 999 not found");
    }

    @Test
    void hostileTextIsStoredAsData() {
        String drop = "'; DROP TABLE verdict; --";
        wb.verdictService.record(new VerdictInput(claim, Rating.UNVERIFIABLE, List.of(), new Note(drop),
                new ReviewerName(drop), null));
        assertThat(wb.verdictService.history(claim)).singleElement()
                .satisfies(e -> assertThat(e.note()).isEqualTo(drop));
    }
}
