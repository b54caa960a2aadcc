package io.factdesk.team;

import static io.factdesk.jooq.Tables.REVIEW_POLICY;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;

/** The policy table's one row (the migrations create it). */
@Repository
public class ReviewPolicyRepository {

    private final DSLContext dsl;

    public ReviewPolicyRepository(Database database) {
        this.dsl = database.dsl();
    }

    public ReviewPolicy get() {
        return dsl.select(REVIEW_POLICY.REVIEWS_REQUIRED, REVIEW_POLICY.BLIND, REVIEW_POLICY.LEASE_MINUTES)
                .from(REVIEW_POLICY).fetchSingle(org.jooq.Records.mapping(ReviewPolicy::new));
    }

    void save(ReviewPolicy policy) {
        dsl.update(REVIEW_POLICY)
                .set(REVIEW_POLICY.REVIEWS_REQUIRED, policy.reviewsRequired())
                .set(REVIEW_POLICY.BLIND, policy.blind())
                .set(REVIEW_POLICY.LEASE_MINUTES, policy.leaseMinutes())
                .execute();
    }
}
