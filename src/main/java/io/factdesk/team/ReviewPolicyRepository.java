package io.factdesk.team;

import static io.factdesk.jooq.Tables.REVIEW_POLICY;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
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
        var r = REVIEW_POLICY;
        return dsl.select(r.REVIEWS_REQUIRED, r.BLIND, r.LEASE_MINUTES, r.SELF_APPROVAL,
                        DSL.row(r.PUBLISHER_NAME, r.PUBLISHER_URL, r.REVIEW_BASE_URL, r.REPORT_TITLE, r.TIME_ZONE)
                                .mapping(Publishing::new))
                .from(r).fetchSingle(org.jooq.Records.mapping((required, blind, lease, selfApproval, publishing) ->
                        new ReviewPolicy(required, blind, lease, selfApproval, publishing)));
    }

    void save(ReviewPolicy policy) {
        dsl.update(REVIEW_POLICY)
                .set(REVIEW_POLICY.REVIEWS_REQUIRED, policy.reviewsRequired())
                .set(REVIEW_POLICY.BLIND, policy.blind())
                .set(REVIEW_POLICY.LEASE_MINUTES, policy.leaseMinutes())
                .set(REVIEW_POLICY.SELF_APPROVAL, policy.selfApproval())
                .set(REVIEW_POLICY.PUBLISHER_NAME, policy.publishing().publisherName())
                .set(REVIEW_POLICY.PUBLISHER_URL, policy.publishing().publisherUrl())
                .set(REVIEW_POLICY.REVIEW_BASE_URL, policy.publishing().reviewBaseUrl())
                .set(REVIEW_POLICY.REPORT_TITLE, policy.publishing().reportTitle())
                .set(REVIEW_POLICY.TIME_ZONE, policy.publishing().timeZone())
                .execute();
    }
}
