package io.factdesk.desk;

import static io.factdesk.jooq.Tables.DESK_EVENT;
import static io.factdesk.jooq.Tables.VERDICT;

import java.time.Instant;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.claims.DeskEventKind;
import io.factdesk.claims.Returns;
import io.factdesk.db.Database;
import io.factdesk.verdicts.Rating;

/**
 * Writes the editor's steps into the desk's append-only log. The database holds the rules a step must
 * keep whoever writes it: one sign-off per claim (a unique index), no return of a published claim and
 * no correction of an unpublished one (triggers), and the claim's publication and final rating follow
 * from the entries (a trigger).
 */
@Repository
public class SignOffRepository {

    private final DSLContext dsl;

    public SignOffRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** An approval, decision or correction by the editor; the entry's id. */
    long append(DeskEventKind kind, long claimId, String editor, String osUser, Instant at, String note,
                Rating rating, Rating previousRating) {
        return dsl.insertInto(DESK_EVENT)
                .set(DESK_EVENT.KIND, kind).set(DESK_EVENT.CLAIM_ID, claimId)
                .set(DESK_EVENT.REVIEWER, editor).set(DESK_EVENT.ACTOR, editor).set(DESK_EVENT.OS_USER, osUser)
                .set(DESK_EVENT.RECORDED_AT, at).set(DESK_EVENT.DETAIL, note)
                .set(DESK_EVENT.RATING, rating).set(DESK_EVENT.PREVIOUS_RATING, previousRating)
                .returning(DESK_EVENT.ID).fetchOne(DESK_EVENT.ID);
    }

    /**
     * Sends the claim back to a reviewer, unless a return to them is open already (then nothing is written).
     * The return remembers the newest verdict entry on the claim: the reviewer's next one answers it.
     */
    boolean returnTo(long claimId, String reviewer, String editor, String osUser, Instant at, String comment) {
        var open = DSL.selectOne().from(DESK_EVENT).where(DESK_EVENT.CLAIM_ID.eq(claimId), DESK_EVENT.REVIEWER.eq(reviewer),
                Returns.isOpen(DESK_EVENT));
        var watermark = DSL.select(DSL.coalesce(DSL.max(VERDICT.ID), 0L)).from(VERDICT).where(VERDICT.CLAIM_ID.eq(claimId));
        return dsl.insertInto(DESK_EVENT, DESK_EVENT.KIND, DESK_EVENT.CLAIM_ID, DESK_EVENT.REVIEWER, DESK_EVENT.ACTOR,
                        DESK_EVENT.OS_USER, DESK_EVENT.RECORDED_AT, DESK_EVENT.DETAIL, DESK_EVENT.VERDICT_WATERMARK)
                .select(DSL.select(DSL.val(DeskEventKind.RETURN, DESK_EVENT.KIND), DSL.val(claimId, DESK_EVENT.CLAIM_ID),
                                DSL.val(reviewer, DESK_EVENT.REVIEWER), DSL.val(editor, DESK_EVENT.ACTOR),
                                DSL.val(osUser, DESK_EVENT.OS_USER), DSL.val(at, DESK_EVENT.RECORDED_AT),
                                DSL.val(comment, DESK_EVENT.DETAIL), DSL.field(watermark))
                        .whereNotExists(open))
                .execute() == 1;
    }
}
