package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.DESK_EVENT;
import static io.factdesk.jooq.Tables.VERDICT;

import org.jooq.Condition;
import org.jooq.impl.DSL;

import io.factdesk.jooq.tables.DeskEvent;

/**
 * Claims an editor sent back, read from the desk log: a return to a reviewer is open until that reviewer
 * records a verdict on the claim after it (an entry newer than the return's watermark). The one rule for
 * every reader of returns; the kinds are written as the log stores them.
 */
public final class Returns {

    private static final DeskEvent RETURN = DESK_EVENT.as("ret");

    private Returns() {
    }

    /** Whether anything was ever returned to the reviewer: one step of the desk log's reviewer index. */
    static Condition anyFor(String reviewer) {
        return Assignments.anyEntry(DeskEventKind.RETURN, reviewer);
    }

    /** The desk-log entry {@code e} is a return its reviewer has not answered. */
    public static Condition isOpen(DeskEvent e) {
        return e.KIND.eq(DeskEventKind.RETURN).and(DSL.notExists(DSL.selectOne().from(VERDICT)
                .where(VERDICT.CLAIM_ID.eq(e.CLAIM_ID), VERDICT.REVIEWER.eq(e.REVIEWER),
                        VERDICT.RATING.isNotNull(), // a verdict, not a retraction (the log's CHECK)
                        VERDICT.ID.gt(e.VERDICT_WATERMARK))));
    }

    /** The claim has a return someone has not answered yet. */
    static Condition anyOpen() {
        return DSL.exists(DSL.selectOne().from(RETURN).where(RETURN.CLAIM_ID.eq(CLAIM.ID), isOpen(RETURN)));
    }

    /** The claim was returned to this reviewer, who has not answered yet. */
    static Condition openFor(String reviewer) {
        return DSL.exists(DSL.selectOne().from(RETURN)
                .where(RETURN.CLAIM_ID.eq(CLAIM.ID), RETURN.REVIEWER.eq(reviewer), isOpen(RETURN)));
    }
}
