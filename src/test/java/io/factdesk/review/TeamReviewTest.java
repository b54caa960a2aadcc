package io.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ReviewState;
import io.factdesk.claims.StatusFilter;
import io.factdesk.importing.ImportFormat;
import io.factdesk.importing.ImportService;
import io.factdesk.team.PolicySetting;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictInput;

/** Review states under the team's policy, each reviewer's queue, assignment and leases, on both engines. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class TeamReviewTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    List<Long> ids;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        ids = wb.twoPendingClaims();
        wb.policy.set(PolicySetting.REVIEWS_REQUIRED, "2");
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private VerdictEntry judge(long claim, String reviewer, Rating rating) {
        return wb.verdictService.record(new VerdictInput(new ClaimId(claim), rating,
                List.of(new EvidenceUrl("https://example.org/" + reviewer)), new Note("because"),
                new ReviewerName(reviewer), Instant.parse("2025-03-02T10:00:00Z")));
    }

    private ReviewState state(long claim) {
        return wb.claims.find(new ClaimId(claim)).orElseThrow().state();
    }

    private List<Long> listed(StatusFilter status) {
        return wb.claims.list(ClaimQuery.of(status, null)).stream().map(Claim::id).toList();
    }

    @Test
    void aClaimNeedsAsManyPeopleAsThePolicySaysAndIsDisputedWhenTheyDiffer() {
        long a = ids.get(0);
        long b = ids.get(1);
        judge(a, "Lan", Rating.TRUE);
        judge(a, "Lan", Rating.FALSE);   // the same person twice is still one review
        assertThat(state(a)).isEqualTo(ReviewState.NEEDS_REVIEW);
        judge(a, "Minh", Rating.FALSE);
        assertThat(state(a)).isEqualTo(ReviewState.REVIEWED);
        judge(b, "Lan", Rating.TRUE);
        VerdictEntry minh = judge(b, "Minh", Rating.FALSE);
        assertThat(state(b)).isEqualTo(ReviewState.DISPUTED);
        assertThat(listed(StatusFilter.DISPUTED)).containsExactly(b);
        assertThat(listed(StatusFilter.REVIEWED)).containsExactly(a);
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.DISPUTED, null))).isEqualTo(1);

        wb.verdictService.retract(minh.id());
        assertThat(state(b)).isEqualTo(ReviewState.NEEDS_REVIEW);
        assertThat(listed(StatusFilter.NEEDS_REVIEW)).containsExactly(b);

        wb.policy.set(PolicySetting.REVIEWS_REQUIRED, "1");
        assertThat(state(b)).as("a policy change applies at once").isEqualTo(ReviewState.REVIEWED);
    }

    @Test
    void importedVerdictsCountTowardsTheStatesToo() throws Exception {
        Path csv = dir.resolve("two.csv");
        Files.writeString(csv, "claim_id,rating,evidence_url,note,reviewer\n"
                + ids.get(0) + ",TRUE,https://example.org/a,checked,Lan\n"
                + ids.get(0) + ",FALSE,https://example.org/b,checked,Minh\n"
                + ids.get(1) + ",TRUE,https://example.org/c,checked,Lan\n");
        wb.importService.importFile(new ImportService.Request(csv, "two.csv", ImportFormat.of(null, csv.toString()),
                false, false, null, false));
        assertThat(state(ids.get(0))).isEqualTo(ReviewState.DISPUTED);
        assertThat(state(ids.get(1))).isEqualTo(ReviewState.NEEDS_REVIEW);
    }

    @Test
    void eachReviewerHasTheirOwnQueueWithTheirAssignmentsFirst() {
        long a = ids.get(0);
        long b = ids.get(1);
        judge(a, "Lan", Rating.TRUE);
        assertThat(next("Lan", "s1")).contains(b);
        wb.reviewQueue.release("s1");
        assertThat(next("Minh", "s2")).as("a needs another review; Minh has judged neither").contains(a);
        wb.reviewQueue.release("s2");
        wb.assignments.assign(List.of(b), new ReviewerName("Minh"), new ReviewerName("Editor"));
        assertThat(next("Minh", "s2")).as("assigned first").contains(b);
        wb.reviewQueue.release("s2");
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null).assignedTo("Minh")).stream().map(Claim::id))
                .containsExactly(b);
        wb.assignments.unassign(List.of(b), new ReviewerName("Minh"), new ReviewerName("Editor"));
        assertThat(wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null).assignedTo("Minh"))).isEmpty();
        assertThat(wb.reviewQueue.next(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null), "Lan", session("s3"), true, List.of(), null)
                .map(Claim::id)).as("--revisit: the claim Lan judged comes back").contains(a);
        wb.reviewQueue.release("s3");
        assertThat(wb.claims.countToDo("Lan")).isEqualTo(1);
        assertThat(wb.claims.countToDo("Minh")).isEqualTo(2);
    }

    @Test
    void autoAssignmentGivesEachClaimTheReviewersItStillNeeds() {
        judge(ids.get(0), "Lan", Rating.TRUE);
        var outcome = wb.assignments.assignAuto(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null),
                List.of(new ReviewerName("Lan"), new ReviewerName("Minh"), new ReviewerName("An")), new ReviewerName("Editor"));
        assertThat(outcome.written()).as("one more for the first claim, two for the second").isEqualTo(3);
        var loads = wb.assignments.loads(null);
        assertThat(loads).extracting(l -> l.open()).allMatch(n -> n == 1);
        assertThat(wb.assignments.assignAuto(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null),
                List.of(new ReviewerName("Lan"), new ReviewerName("Minh")), new ReviewerName("Editor")).written())
                .as("nothing more is needed").isZero();
    }

    @Test
    void onlyClaimsThatNeedReviewCanBeAssignedButAnyAssignmentCanBeTakenBack() {
        long a = ids.get(0);
        wb.assignments.assign(List.of(a), new ReviewerName("Lan"), new ReviewerName("Editor"));
        judge(a, "Lan", Rating.TRUE);
        judge(a, "Minh", Rating.FALSE);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wb.assignments.selectToAssign(List.of(new ClaimId(a)),
                ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null)))
                .hasMessage("claim " + a + " is disputed; only claims that need review can be assigned");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wb.assignments.selectToAssign(List.of(),
                ClaimQuery.of(StatusFilter.DISPUTED, null))).hasMessageStartingWith("--status disputed: only claims");
        assertThat(wb.assignments.unassign(wb.assignments.select(List.of(new ClaimId(a)), ClaimQuery.of(StatusFilter.ALL, null)),
                new ReviewerName("Lan"), new ReviewerName("Editor")).written()).isEqualTo(1);
    }

    @Test
    void withARosterOnlyItsMembersCanBeAssigned() {
        wb.team.add(new ReviewerName("Lan"), io.factdesk.team.TeamRole.REVIEWER);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wb.assignments.assign(List.of(ids.get(0)),
                new ReviewerName("lan"), new ReviewerName("Editor")))
                .hasMessage("unknown reviewer 'lan'; did you mean 'Lan'?");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wb.assignments.assignAuto(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null),
                List.of(new ReviewerName("Lan"), new ReviewerName("Mihn")), new ReviewerName("Editor")))
                .hasMessageStartingWith("unknown reviewer 'Mihn'");
        assertThat(wb.assignments.loads(null)).as("nothing was assigned").isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wb.assignments.loads(new ReviewerName("lan")))
                .hasMessage("unknown reviewer 'lan'; did you mean 'Lan'?");
        assertThat(wb.assignments.assign(List.of(ids.get(0)), new ReviewerName("Lan"), new ReviewerName("Editor")).written())
                .isEqualTo(1);
    }

    @Test
    void aClaimOnOneReviewersScreenIsSkippedByTheOthersUntilReleased() {
        assertThat(next("Lan", "lan-session")).contains(ids.get(0));
        assertThat(next("Minh", "minh-session")).contains(ids.get(1));
        assertThat(next("An", "an-session")).as("both claims are on someone's screen").isEmpty();
        wb.reviewQueue.release("lan-session");
        assertThat(next("An", "an-session")).contains(ids.get(0));
    }

    @Test
    void theClaimShownBeforeStaysLeasedUntilTheNextCardIsSettled() {
        var lan = session("lan-session");
        var query = ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null);
        Claim first = wb.reviewQueue.next(query, "Lan", lan, false, List.of(), null).orElseThrow();
        Claim second = wb.reviewQueue.next(query, "Lan", lan, false, List.of(first), first).orElseThrow();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(next("Minh", "minh-session")).as("Lan's first claim is held until the second is on screen").isEmpty();
        wb.reviewQueue.settle(lan, second.id());
        assertThat(next("Minh", "minh-session")).contains(first.id());
        assertThat(next("An", "an-session")).as("the claim on Lan's screen is still Lan's").isEmpty();
    }

    @Test
    void sessionsRacingForTheNextClaimNeverGetTheSameOne() throws Exception {
        int sessions = 6;
        List<TestWorkbench> others = new ArrayList<>();
        var location = wb.database.location();
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Optional<Claim>>> picks = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                TestWorkbench own = new TestWorkbench(location, dir);
                others.add(own);
                String holder = "session-" + i;
                picks.add(pool.submit(() -> {
                    start.await();
                    return own.reviewQueue.next(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null), "R" + holder, session(holder),
                            false, List.of(), null);
                }));
            }
            start.countDown();
            List<Long> taken = Collections.synchronizedList(new ArrayList<>());
            for (var pick : picks) {
                pick.get().ifPresent(c -> taken.add(c.id()));
            }
            assertThat(taken).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            pool.shutdownNow();
            others.forEach(TestWorkbench::close);
        }
    }

    @Test
    void inBlindReviewOthersVerdictsStayHiddenUntilMineIsInAndAnUnblindIsLogged() {
        long a = ids.get(0);
        judge(a, "Lan", Rating.TRUE);
        var seen = wb.claimViews.show(new ClaimId(a));
        Optional<ReviewerName> minh = Optional.of(new ReviewerName("Minh"));
        assertThat(wb.blind.forViewer(seen, minh, false, "test").current()).as("blind is off").hasSize(1);

        wb.policy.set(PolicySetting.BLIND, "on");
        var blinded = wb.blind.forViewer(seen, minh, false, "test");
        assertThat(blinded.current()).isEmpty();
        assertThat(blinded.hidden()).isEqualTo(1);
        assertThat(wb.blind.history(a, wb.verdictService.history(new ClaimId(a)), minh, false).entries()).isEmpty();
        assertThat(wb.blind.forViewer(seen, Optional.of(new ReviewerName("Lan")), false, "test").current())
                .as("my own verdict is in: I see everything").hasSize(1);

        assertThat(wb.blind.forViewer(seen, minh, true, "claims show").current()).hasSize(1);
        assertThat(wb.database.dsl().fetchCount(io.factdesk.jooq.Tables.DESK_EVENT,
                io.factdesk.jooq.Tables.DESK_EVENT.KIND.eq(io.factdesk.claims.DeskEventKind.UNBLIND)
                        .and(io.factdesk.jooq.Tables.DESK_EVENT.REVIEWER.eq("Minh")))).isEqualTo(1);

        judge(a, "Minh", Rating.FALSE);
        assertThat(wb.blind.forViewer(wb.claimViews.show(new ClaimId(a)), minh, false, "test").current()).hasSize(2);
    }

    @Test
    void blindingAClaimNoOneHasJudgedReadsNoPolicyAndChangesNothing() {
        wb.policy.set(PolicySetting.BLIND, "on");
        int[] reads = {0};
        var counted = new io.factdesk.team.PolicyService(new io.factdesk.team.ReviewPolicyRepository(wb.database),
                new io.factdesk.db.Transactions(wb.database)) {
            @Override
            public io.factdesk.team.ReviewPolicy current() {
                reads[0]++;
                return super.current();
            }
        };
        var blind = new io.factdesk.claimviews.BlindReview(counted,
                new io.factdesk.claimviews.RevealLogRepository(wb.database), new io.factdesk.db.Transactions(wb.database),
                io.factdesk.support.Clock.system());
        Optional<ReviewerName> minh = Optional.of(new ReviewerName("Minh"));
        var unjudged = wb.claimViews.show(new ClaimId(ids.get(1)));
        assertThat(blind.forViewer(unjudged, minh, false, "test")).isEqualTo(unjudged);
        assertThat(blind.forViewer(unjudged, minh, true, "claims show")).isEqualTo(unjudged);
        assertThat(reads[0]).isZero();

        judge(ids.get(1), "Lan", Rating.TRUE);
        var judged = wb.claimViews.show(new ClaimId(ids.get(1)));
        assertThat(blind.forViewer(judged, minh, false, "test").current()).as("Lan's verdict is hidden from Minh").isEmpty();
        assertThat(reads[0]).isEqualTo(1);
    }

    @Test
    void aReviewTakesItsLeasesForTheLengthThePolicyGaveWhenItStarted() {
        wb.policy.set(PolicySetting.LEASE_MINUTES, "30");
        ReviewQueue.Session review = wb.reviewQueue.open();
        assertThat(review.lease()).isEqualTo(java.time.Duration.ofMinutes(30));
        wb.policy.set(PolicySetting.LEASE_MINUTES, "5");
        wb.reviewQueue.next(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null), "Lan", review, false, List.of(), null).orElseThrow();
        var lease = wb.database.dsl().select(io.factdesk.jooq.Tables.CLAIM_LEASE.EXPIRES_AT).from(io.factdesk.jooq.Tables.CLAIM_LEASE)
                .where(io.factdesk.jooq.Tables.CLAIM_LEASE.HOLDER.eq(review.holder())).fetchSingle().value1();
        // the workbench's clock ticks a second per reading: the lease runs 30 minutes from one of them
        assertThat(java.time.Duration.between(Instant.parse("2025-03-01T00:00:00Z"), lease)).isGreaterThan(java.time.Duration.ofMinutes(30))
                .isLessThan(java.time.Duration.ofMinutes(31));
        assertThat(wb.reviewQueue.open().lease()).as("the next review").isEqualTo(java.time.Duration.ofMinutes(5));
        assertThat(wb.reviewQueue.open().holder()).isNotEqualTo(review.holder());
    }

    private static ReviewQueue.Session session(String holder) {
        return new ReviewQueue.Session(holder, java.time.Duration.ofMinutes(15));
    }

    private Optional<Long> next(String reviewer, String holder) {
        return wb.reviewQueue.next(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null), reviewer, session(holder), false, List.of(), null)
                .map(Claim::id);
    }
}
