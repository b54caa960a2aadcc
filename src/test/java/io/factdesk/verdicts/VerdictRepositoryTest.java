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
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.support.FactdeskException;
import io.factdesk.TestEngine;

@ParameterizedClass
@EnumSource(TestEngine.class)
class VerdictRepositoryTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    ClaimId claim;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
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
                List.of(new EvidenceUrl("https://example.org/" + reviewer.replace(' ', '-'))), new Note("because"),
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
        var current = wb.claimViews.show(claim).current();
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

    /**
     * Two shells under one reviewer name: each review takes back only the entries it saved, by id.
     * "The reviewer's latest verdict on the claim" would be the other shell's.
     */
    @Test
    void retractingByEntryIdLeavesTheOtherShellsVerdictAlone() {
        ClaimId other = new ClaimId(wb.claims.list(io.factdesk.claims.ClaimQuery.of(io.factdesk.claims.StatusFilter.ALL, null))
                .stream().filter(c -> c.id() != claim.value()).findFirst().orElseThrow().id());
        VerdictEntry shellA = record("lan", Rating.TRUE);
        ClaimId mine = claim;
        claim = other;
        VerdictEntry shellB = record("lan", Rating.FALSE);   // saved later, by the other shell, on another claim

        VerdictEntry undo = wb.verdictService.retract(shellA.id());

        assertThat(undo.retractsId()).isEqualTo(shellA.id());
        assertThat(undo.reviewer()).isEqualTo("lan");
        assertThat(wb.claimViews.show(mine).current()).isEmpty();
        assertThat(wb.claimViews.show(other).current()).extracting(VerdictEntry::id).containsExactly(shellB.id());
    }

    @Test
    void anEntryReplacedOrAlreadyTakenBackIsNotTakenBackAgain() {
        VerdictEntry shellA = record("lan", Rating.TRUE);
        VerdictEntry shellB = record("lan", Rating.FALSE);   // the other shell, same claim: replaces A's
        int before = wb.verdicts.countEntries();

        assertThatThrownBy(() -> wb.verdictService.retract(shellA.id()))
                .isInstanceOfSatisfying(FactdeskException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(io.factdesk.support.ExitCode.NOT_FOUND))
                .hasMessage("entry " + shellA.id() + " on claim " + claim + " was replaced by entry " + shellB.id()
                        + " (FALSE by lan)");
        assertThat(wb.verdicts.countEntries()).as("nothing written").isEqualTo(before);

        VerdictEntry undo = wb.verdictService.retract(shellB.id());
        assertThat(wb.claimViews.show(claim).current()).extracting(VerdictEntry::id)
                .as("A's verdict is current again").containsExactly(shellA.id());
        assertThatThrownBy(() -> wb.verdictService.retract(shellB.id()))
                .hasMessage("entry " + shellB.id() + " on claim " + claim + " was already taken back by entry "
                        + undo.id() + " (lan)");
        assertThatThrownBy(() -> wb.verdictService.retract(undo.id())).hasMessage("verdict entry " + undo.id() + " not found");
    }

    @Test
    void aNameInNfdAndInNfcIsOneReviewerSoTheClaimIsNotDisputed() {
        String nfc = java.text.Normalizer.normalize("Nguyễn Lan", java.text.Normalizer.Form.NFC);
        String nfd = java.text.Normalizer.normalize("Nguyễn Lan", java.text.Normalizer.Form.NFD);
        VerdictEntry first = record(nfc, Rating.TRUE);
        VerdictEntry second = record(nfd, Rating.FALSE);

        assertThat(second.reviewer()).isEqualTo(nfc);
        assertThat(second.supersedesId()).isEqualTo(first.id());
        var shown = wb.claimViews.show(claim);
        assertThat(shown.current()).extracting(VerdictEntry::id).containsExactly(second.id());
        assertThat(shown.disputed()).isFalse();
        assertThat(wb.verdicts.reviewers()).containsExactly(nfc);
    }

    /** Entries written before names were normalised keep their NFD name in the log, and still count as that person. */
    @Test
    void aLegacyNfdEntryIsTheSamePersonAsTodaysName() {
        String nfd = java.text.Normalizer.normalize("Nguyễn Lan", java.text.Normalizer.Form.NFD);
        wb.database.dsl().insertInto(VERDICT).set(VERDICT.CLAIM_ID, claim.value()).set(VERDICT.KIND, VerdictEntry.Kind.VERDICT)
                .set(VERDICT.RATING, Rating.TRUE).set(VERDICT.NOTE, "old").set(VERDICT.REVIEWER, nfd)
                .set(VERDICT.OS_USER, "u").set(VERDICT.REVIEWED_AT, java.time.Instant.parse("2025-01-01T00:00:00Z"))
                .set(VERDICT.RECORDED_AT, java.time.Instant.parse("2025-01-01T00:00:00Z")).execute();
        VerdictEntry now = record("Nguyễn Lan", Rating.FALSE);

        assertThat(now.supersedesId()).isNotNull();
        assertThat(wb.claimViews.show(claim).disputed()).isFalse();
        assertThat(wb.claimViews.show(claim).current()).singleElement().extracting(VerdictEntry::id).isEqualTo(now.id());
        assertThat(wb.verdicts.reviewers()).hasSize(1);
    }

    /** ClaimViewService skips the log for pending and held claims; this is the invariant it relies on. */
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
            assertThat(wb.claimViews.show(new ClaimId(c.id())).current().isEmpty()).isEqualTo(!live);
        }
    }

    @Test
    void theLogRefusesUpdatesAndDeletes() {
        record("lan", Rating.TRUE);
        var dsl = wb.database.dsl();
        assertThatThrownBy(() -> dsl.update(VERDICT).set(VERDICT.RATING, Rating.FALSE).execute())
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
