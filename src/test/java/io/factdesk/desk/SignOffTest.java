package io.factdesk.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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
import io.factdesk.claims.DeskEventKind;
import io.factdesk.claims.ReviewState;
import io.factdesk.claims.StatusFilter;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.claimviews.SignOff;
import io.factdesk.jooq.Tables;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.team.PolicySetting;
import io.factdesk.team.TeamRole;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** The editor's steps and the log's rules behind them, on both engines. */
@ParameterizedClass
@EnumSource(TestEngine.class)
class SignOffTest {

    private static final ReviewerName HA = new ReviewerName("Hà");

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench wb;
    long first;
    long second;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        List<Long> ids = wb.twoPendingClaims();
        first = ids.get(0);
        second = ids.get(1);
        wb.policy.set(PolicySetting.REVIEWS_REQUIRED, "2");
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    @Test
    void anApprovalPublishesTheAgreedRatingAndNothingChangesItButACorrection() {
        judge(first, "Lan", Rating.FALSE);
        assertRefused(() -> wb.desk.approve(new ClaimId(first), new Note(""), HA), "claim " + first
                + " is waiting for 1 more review (the policy wants 2); cannot approve it");
        judge(first, "Minh", Rating.FALSE);
        DeskStep approval = wb.desk.approve(new ClaimId(first), new Note("fine"), HA);
        assertThat(approval.kind()).isEqualTo(DeskEventKind.APPROVE);
        assertThat(approval.rating()).isEqualTo(Rating.FALSE);
        assertThat(claim(first).state()).isEqualTo(ReviewState.PUBLISHED);
        assertThat(listed(StatusFilter.PUBLISHED)).containsExactly(first);
        assertThat(listed(StatusFilter.AWAITING_SIGNOFF)).isEmpty();

        assertRefused(() -> judge(first, "Lan", Rating.TRUE), "claim " + first
                + " is published; its rating changes only by an editor's public correction: correct " + first
                + " RATING --note \"correction readers will see\"");
        assertRefused(() -> wb.verdictService.undo(new ClaimId(first), new ReviewerName("Minh")), "claim " + first + " is published");
        assertRefused(() -> wb.desk.approve(new ClaimId(first), new Note(""), new ReviewerName("Phong")),
                "claim " + first + " is published (approved by Hà on 2025-03-01); cannot approve it; to change it in the open:");

        DeskStep correction = wb.desk.correct(new ClaimId(first), Rating.HALF_TRUE, new Note("The 2024 figure was revised"), HA);
        assertThat(correction.previousRating()).isEqualTo(Rating.FALSE);
        SignOff signOff = wb.desk.signOff(first);
        assertThat(signOff.finalRating()).contains(Rating.HALF_TRUE);
        assertThat(signOff.modifiedAt()).contains(correction.recordedAt());
        assertThat(wb.database.dsl().select(Tables.CLAIM.FINAL_RATING).from(Tables.CLAIM)
                .where(Tables.CLAIM.ID.eq(first)).fetchSingle().value1()).isEqualTo(Rating.HALF_TRUE);
    }

    @Test
    void theDatabaseRefusesWhatTheServiceWouldWhoeverWrites() {
        judge(first, "Lan", Rating.FALSE);
        judge(first, "Minh", Rating.FALSE);
        wb.desk.approve(new ClaimId(first), new Note(""), HA);
        var dsl = wb.database.dsl();
        assertThatThrownBy(() -> dsl.insertInto(Tables.VERDICT).set(Tables.VERDICT.CLAIM_ID, first)
                .set(Tables.VERDICT.KIND, io.factdesk.verdicts.VerdictEntry.Kind.VERDICT).set(Tables.VERDICT.RATING, Rating.TRUE)
                .set(Tables.VERDICT.REVIEWER, "Lan").set(Tables.VERDICT.OS_USER, "x")
                .set(Tables.VERDICT.REVIEWED_AT, Instant.EPOCH).set(Tables.VERDICT.RECORDED_AT, Instant.EPOCH).execute())
                .satisfies(e -> assertThat(wb.database.errors().classifyChain(e)).isEqualTo(io.factdesk.db.DatabaseError.RULE_REFUSED));
        int entries = dsl.fetchCount(Tables.VERDICT);
        List<org.jooq.Field<?>> columns = List.of(Tables.VERDICT.CLAIM_ID, Tables.VERDICT.KIND, Tables.VERDICT.RATING,
                Tables.VERDICT.REVIEWER, Tables.VERDICT.OS_USER, Tables.VERDICT.REVIEWED_AT, Tables.VERDICT.RECORDED_AT);
        List<Object[]> rows = List.of(
                new Object[] {second, io.factdesk.verdicts.VerdictEntry.Kind.VERDICT, Rating.TRUE, "Lan", "x", Instant.EPOCH, Instant.EPOCH},
                new Object[] {first, io.factdesk.verdicts.VerdictEntry.Kind.VERDICT, Rating.TRUE, "Lan", "x", Instant.EPOCH, Instant.EPOCH});
        assertThatThrownBy(() -> new io.factdesk.db.Transactions(wb.database).inTransaction(
                () -> wb.database.bulkLoader().load(Tables.VERDICT, columns, rows)))
                .as("an import's bulk load that reaches a published claim")
                .satisfies(e -> assertThat(wb.database.errors().classifyChain(e)).isEqualTo(io.factdesk.db.DatabaseError.RULE_REFUSED));
        assertThat(dsl.fetchCount(Tables.VERDICT)).as("nothing of the refused load is kept").isEqualTo(entries);
        assertThatThrownBy(() -> dsl.insertInto(Tables.DESK_EVENT).set(Tables.DESK_EVENT.KIND, DeskEventKind.APPROVE)
                .set(Tables.DESK_EVENT.CLAIM_ID, first).set(Tables.DESK_EVENT.REVIEWER, "X").set(Tables.DESK_EVENT.ACTOR, "X")
                .set(Tables.DESK_EVENT.OS_USER, "x").set(Tables.DESK_EVENT.RECORDED_AT, Instant.EPOCH)
                .set(Tables.DESK_EVENT.RATING, Rating.TRUE).execute())
                .as("one sign-off per claim")
                .satisfies(e -> assertThat(wb.database.errors().classifyChain(e)).isEqualTo(io.factdesk.db.DatabaseError.UNIQUE_VIOLATION));
        assertThatThrownBy(() -> dsl.insertInto(Tables.DESK_EVENT).set(Tables.DESK_EVENT.KIND, DeskEventKind.CORRECT)
                .set(Tables.DESK_EVENT.CLAIM_ID, second).set(Tables.DESK_EVENT.REVIEWER, "X").set(Tables.DESK_EVENT.ACTOR, "X")
                .set(Tables.DESK_EVENT.OS_USER, "x").set(Tables.DESK_EVENT.RECORDED_AT, Instant.EPOCH).set(Tables.DESK_EVENT.DETAIL, "c")
                .set(Tables.DESK_EVENT.RATING, Rating.TRUE).set(Tables.DESK_EVENT.PREVIOUS_RATING, Rating.FALSE).execute())
                .as("a correction of an unpublished claim")
                .satisfies(e -> assertThat(wb.database.errors().classifyChain(e)).isEqualTo(io.factdesk.db.DatabaseError.RULE_REFUSED));
        assertThat(dsl.fetchCount(Tables.DESK_EVENT)).isEqualTo(1);
    }

    @Test
    void aDisputeIsDecidedNotApprovedAndTheDecisionIsTheFinalRating() {
        judge(first, "Lan", Rating.FALSE);
        judge(first, "Minh", Rating.TRUE);
        assertThat(listed(StatusFilter.AWAITING_SIGNOFF)).containsExactly(first);
        assertRefused(() -> wb.desk.approve(new ClaimId(first), new Note(""), HA),
                "claim " + first + " is disputed (Lan: FALSE, Minh: TRUE); cannot approve it; settle it: decide " + first);
        assertThatThrownBy(() -> wb.desk.decide(new ClaimId(first), Rating.HALF_TRUE, new Note(" "), HA))
                .hasMessage("decide needs --note: why this rating settles the dispute")
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        DeskStep decision = wb.desk.decide(new ClaimId(first), Rating.HALF_TRUE, new Note("Both half right"), HA);
        assertThat(wb.desk.signOff(first).decision()).contains(decision);
        assertThat(wb.desk.signOff(first).finalRating()).contains(Rating.HALF_TRUE);
        assertThat(wb.claimViews.show(new ClaimId(first)).current()).as("the reviewers' entries stay").hasSize(2);
        judge(second, "Lan", Rating.TRUE);
        judge(second, "Minh", Rating.TRUE);
        assertRefused(() -> wb.desk.decide(new ClaimId(second), Rating.FALSE, new Note("no"), HA),
                "claim " + second + " is reviewed (TRUE, 2 of 2 required); cannot decide it; sign it off: approve " + second);
    }

    @Test
    void aReturnedClaimComesFirstInThatReviewersQueueUntilTheyJudgeItAgain() {
        judge(first, "Lan", Rating.FALSE);
        judge(first, "Minh", Rating.FALSE);
        DeskService.Returned back = wb.desk.returnClaim(new ClaimId(first), new Note("Find the 2024 source"),
                new ReviewerName("Lan"), HA);
        assertThat(back.sentTo()).containsExactly("Lan");
        assertThat(wb.desk.returnClaim(new ClaimId(first), new Note("again"), new ReviewerName("Lan"), HA).alreadyOpen())
                .containsExactly("Lan");
        assertThat(claim(first).state()).isEqualTo(ReviewState.RETURNED);
        assertThat(listed(StatusFilter.RETURNED)).containsExactly(first);
        assertThat(listed(StatusFilter.AWAITING_SIGNOFF)).isEmpty();
        assertThat(next("Lan")).as("returned to Lan, though she judged it").contains(first);
        assertThat(next("Minh")).contains(second);
        assertThat(wb.claims.countToDo("Lan")).isEqualTo(2);
        assertRefused(() -> wb.desk.approve(new ClaimId(first), new Note(""), HA), "claim " + first
                + " is returned to Lan, waiting for their verdict; cannot approve it");
        assertThatThrownBy(() -> wb.desk.returnClaim(new ClaimId(first), new Note("x"), new ReviewerName("Phong"), HA))
                .hasMessage("--to: Phong has no verdict on claim " + first + "; its reviewers: Lan, Minh");

        judge(first, "Lan", Rating.MOSTLY_FALSE);
        assertThat(claim(first).state()).isEqualTo(ReviewState.DISPUTED);
        wb.reviewQueue.release("h-Minh");
        assertThat(next("Lan")).as("answered: the queue goes on").contains(second);
    }

    @Test
    void theTwoPersonRuleAndTheEditorRole() {
        wb.policy.set(PolicySetting.REVIEWS_REQUIRED, "1");
        judge(first, "Hà", Rating.TRUE);
        assertRefused(() -> wb.desk.approve(new ClaimId(first), new Note(""), HA), "claim " + first
                + ": its only verdict is Hà's own, and the two-person rule wants someone else to sign it off");
        wb.policy.set(PolicySetting.SELF_APPROVAL, "on");
        judge(second, "Hà", Rating.TRUE);
        wb.team.add(new ReviewerName("Lan"), TeamRole.REVIEWER);
        wb.team.add(HA, TeamRole.EDITOR);
        assertRefused(() -> wb.desk.approve(new ClaimId(second), new Note(""), new ReviewerName("Lan")),
                "Lan is on the team as reviewer; only an editor may approve");
        assertThatThrownBy(() -> wb.desk.approve(new ClaimId(second), new Note(""), new ReviewerName("ha")))
                .hasMessageStartingWith("unknown reviewer 'ha'");
        assertThat(wb.desk.approve(new ClaimId(second), new Note(""), HA).rating()).isEqualTo(Rating.TRUE);
    }

    private void assertRefused(Runnable step, String messageStart) {
        assertThatThrownBy(step::run).isInstanceOf(FactdeskException.class).hasMessageStartingWith(messageStart)
                .extracting(e -> ((FactdeskException) e).exitCode()).isEqualTo(ExitCode.NOT_FOUND);
    }

    private void judge(long claim, String reviewer, Rating rating) {
        wb.verdictService.record(new VerdictInput(new ClaimId(claim), rating, List.of(new EvidenceUrl("https://example.org/" + claim)),
                new Note("because"), new ReviewerName(reviewer), Instant.parse("2025-03-02T10:00:00Z")));
    }

    private Claim claim(long id) {
        return wb.claims.find(new ClaimId(id)).orElseThrow();
    }

    private List<Long> listed(StatusFilter status) {
        return wb.claims.list(ClaimQuery.of(status, null)).stream().map(Claim::id).toList();
    }

    private Optional<Long> next(String reviewer) {
        return wb.reviewQueue.next(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null), reviewer,
                new io.factdesk.review.ReviewQueue.Session("h-" + reviewer, java.time.Duration.ofMinutes(15)), false, List.of(), null)
                .map(Claim::id);
    }
}
