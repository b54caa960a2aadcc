package io.factdesk.review;

import static io.factdesk.jooq.Tables.CLAIM_LEASE;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;

/**
 * Leases on the claims on reviewers' screens. Taking one is a single upsert that succeeds only when the
 * claim has no lease, an expired one, or one this holder already has: the primary key on the claim makes
 * two holders at once impossible, whatever the timing.
 */
@Repository
public class LeaseRepository {

    private final DSLContext dsl;

    public LeaseRepository(Database database) {
        this.dsl = database.dsl();
    }

    boolean take(long claimId, String reviewer, String holder, Instant now, Instant expires) {
        return dsl.insertInto(CLAIM_LEASE)
                .set(CLAIM_LEASE.CLAIM_ID, claimId).set(CLAIM_LEASE.REVIEWER, reviewer)
                .set(CLAIM_LEASE.HOLDER, holder).set(CLAIM_LEASE.EXPIRES_AT, expires)
                .onConflict(CLAIM_LEASE.CLAIM_ID).doUpdate()
                .set(CLAIM_LEASE.REVIEWER, reviewer).set(CLAIM_LEASE.HOLDER, holder).set(CLAIM_LEASE.EXPIRES_AT, expires)
                .where(CLAIM_LEASE.HOLDER.eq(holder).or(CLAIM_LEASE.EXPIRES_AT.le(now)))
                .execute() == 1;
    }

    void releaseAll(String holder) {
        dsl.deleteFrom(CLAIM_LEASE).where(CLAIM_LEASE.HOLDER.eq(holder)).execute();
    }

    void releaseAllBut(String holder, long claimId) {
        dsl.deleteFrom(CLAIM_LEASE).where(CLAIM_LEASE.HOLDER.eq(holder), CLAIM_LEASE.CLAIM_ID.ne(claimId)).execute();
    }

    /** Who holds an unexpired lease on the claim, if anyone. */
    java.util.Optional<String> holderOf(long claimId, Instant now) {
        return dsl.select(CLAIM_LEASE.HOLDER).from(CLAIM_LEASE)
                .where(CLAIM_LEASE.CLAIM_ID.eq(claimId), CLAIM_LEASE.EXPIRES_AT.gt(now)).fetchOptional(CLAIM_LEASE.HOLDER);
    }
}
