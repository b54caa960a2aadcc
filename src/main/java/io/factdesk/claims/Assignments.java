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
public final class Assignments {

    private static final DeskEvent LATER = DESK_EVENT.as("later");

    private Assignments() {
    }

    /** Whether the reviewer was ever assigned a claim: one step of the desk log's reviewer index. */
    static Condition anyFor(String reviewer) {
        return anyEntry(DeskEventKind.ASSIGN, reviewer);
    }

    /** The desk log has an entry of this kind for the reviewer: one step of its reviewer index. */
    static Condition anyEntry(DeskEventKind kind, String reviewer) {
        return DSL.exists(DSL.selectOne().from(DESK_EVENT).where(DESK_EVENT.REVIEWER.eq(reviewer), DESK_EVENT.KIND.eq(kind)));
    }

    /**
     * A desk-log entry that is an assignment still open: no later entry for the same claim and reviewer
     * assigns again or takes it back. The one rule for every reader of assignments.
     */
    public static Condition isOpen() {
        return DESK_EVENT.KIND.eq(DeskEventKind.ASSIGN).and(DSL.notExists(DSL.selectOne().from(LATER)
                .where(LATER.CLAIM_ID.eq(DESK_EVENT.CLAIM_ID), LATER.REVIEWER.eq(DESK_EVENT.REVIEWER),
                        LATER.ID.gt(DESK_EVENT.ID), LATER.KIND.in(DeskEventKind.ASSIGN, DeskEventKind.UNASSIGN))));
    }

    /** The claim is one of the reviewer's open assignments, read from the log's reviewer index outwards. */
    static Condition claimIn(String reviewer) {
        return CLAIM.ID.in(DSL.select(DESK_EVENT.CLAIM_ID).from(DESK_EVENT)
                .where(DESK_EVENT.REVIEWER.eq(reviewer), isOpen()));
    }

    /** The claim is assigned to this reviewer and the assignment has not been taken back. */
    static Condition openFor(String reviewer) {
        return DSL.exists(DSL.selectOne().from(DESK_EVENT)
                .where(DESK_EVENT.CLAIM_ID.eq(CLAIM.ID), DESK_EVENT.REVIEWER.eq(reviewer), isOpen()));
    }
}
