package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.SEED;

import java.util.Arrays;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/** How a claim is read: its row, with the seed's name and title and the team's policy, and the queue's order. */
final class ClaimRows {

    private ClaimRows() {
    }

    /** Whether an editor's return on the claim waits for an answer: read with the row, for its state. */
    private static final org.jooq.Field<Boolean> RETURNED = DSL.field(Returns.anyOpen()).as("returned");

    /**
     * A claim row with its seed's name and title, as plain columns mapped by {@link #toClaim}: a nested
     * row costs jOOQ an emulation at every rendering, more than the query itself takes SQLite to answer.
     */
    private static final List<SelectField<?>> CLAIM_ROW = List.of(CLAIM.ID, CLAIM.SEED_ID, SEED.NAME, SEED.TITLE,
            CLAIM.POSITION, CLAIM.START_OFFSET, CLAIM.END_OFFSET, CLAIM.TEXT, CLAIM.CONTEXT_BEFORE, CLAIM.CONTEXT_AFTER,
            CLAIM.FINGERPRINT, CLAIM.SCORE, CLAIM.REASONS, CLAIM.CLAIM_TYPE, CLAIM.CHECKWORTHY, CLAIM.PROMOTED,
            CLAIM.CLAIMANT, CLAIM.STATUS, CLAIM.REVIEWERS, CLAIM.DISPUTED, ReviewPolicyColumns.REVIEWS_REQUIRED,
            RETURNED, CLAIM.PUBLISHED_AT, CLAIM.MODEL_SCORE);

    static SelectJoinStep<Record> select(DSLContext dsl) {
        return dsl.select(CLAIM_ROW).from(CLAIM).join(SEED).on(SEED.ID.eq(CLAIM.SEED_ID));
    }

    static Claim toClaim(Record r) {
        String reasons = r.get(CLAIM.REASONS);
        return new Claim(r.get(CLAIM.ID), r.get(CLAIM.SEED_ID), r.get(SEED.NAME), r.get(SEED.TITLE),
                r.get(CLAIM.POSITION), r.get(CLAIM.START_OFFSET), r.get(CLAIM.END_OFFSET), r.get(CLAIM.TEXT), r.get(CLAIM.CONTEXT_BEFORE),
                r.get(CLAIM.CONTEXT_AFTER), r.get(CLAIM.FINGERPRINT), Math.round(r.get(CLAIM.SCORE) * 100) / 100.0,
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")), r.get(CLAIM.CLAIM_TYPE),
                r.get(CLAIM.CHECKWORTHY), r.get(CLAIM.PROMOTED), r.get(CLAIM.CLAIMANT), r.get(CLAIM.STATUS),
                r.get(CLAIM.REVIEWERS), r.get(CLAIM.DISPUTED), r.get(ReviewPolicyColumns.REVIEWS_REQUIRED),
                Boolean.TRUE.equals(r.get(RETURNED)), r.get(CLAIM.PUBLISHED_AT), modelScore(r.get(CLAIM.MODEL_SCORE)));
    }

    /** As the reason line shows it: two decimals. */
    private static Double modelScore(Float stored) {
        return stored == null ? null : Math.round(stored * 100) / 100.0;
    }

    /**
     * Which of two claims comes first in the queue, moving on from {@code after}: claims after it before
     * claims before it (the queue wraps), then by seed name in code-point order (as both schemas collate
     * it), position and id.
     */
    static int queueOrder(Claim a, Claim b, Claim after) {
        if (after != null) {
            boolean aAfter = queueOrder(a, after) > 0;
            boolean bAfter = queueOrder(b, after) > 0;
            if (aAfter != bAfter) {
                return aAfter ? -1 : 1;
            }
        }
        return queueOrder(a, b);
    }

    static int queueOrder(Claim a, Claim b) {
        int bySeed = Arrays.compare(a.seedName().codePoints().toArray(), b.seedName().codePoints().toArray());
        if (bySeed != 0) {
            return bySeed;
        }
        return a.position() != b.position() ? Integer.compare(a.position(), b.position()) : Long.compare(a.id(), b.id());
    }
}
