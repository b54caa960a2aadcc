package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.DESK_EVENT;

import org.jooq.Condition;
import org.jooq.impl.DSL;

import io.factdesk.jooq.tables.DeskEvent;

/**
 * A claim's open assignments, read from the desk log: an assignment is open while no later entry takes it
 * back. The kinds are written as the log stores them.
 */
final class Assignments {

    private static final DeskEvent LATER = DESK_EVENT.as("later");

    private Assignments() {
    }

    /** The claim is assigned to this reviewer and the assignment has not been taken back. */
    static Condition openFor(String reviewer) {
        return DSL.exists(DSL.selectOne().from(DESK_EVENT)
                .where(DESK_EVENT.CLAIM_ID.eq(CLAIM.ID), DESK_EVENT.REVIEWER.eq(reviewer),
                        DESK_EVENT.KIND.eq(DeskEventKind.ASSIGN))
                .and(DSL.notExists(DSL.selectOne().from(LATER)
                        .where(LATER.CLAIM_ID.eq(DESK_EVENT.CLAIM_ID), LATER.REVIEWER.eq(DESK_EVENT.REVIEWER),
                                LATER.ID.gt(DESK_EVENT.ID),
                                LATER.KIND.in(DeskEventKind.ASSIGN, DeskEventKind.UNASSIGN)))));
    }
}
