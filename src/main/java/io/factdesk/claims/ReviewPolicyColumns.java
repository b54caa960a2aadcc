package io.factdesk.claims;

import static io.factdesk.jooq.Tables.REVIEW_POLICY;

import org.jooq.Field;
import org.jooq.impl.DSL;

/** The team's policy as a scalar subquery, so that claim queries apply it without a round trip of their own. */
final class ReviewPolicyColumns {

    /** How many people's verdicts a claim needs (the policy table's one row). */
    static final Field<Integer> REVIEWS_REQUIRED = DSL.field(DSL.select(REVIEW_POLICY.REVIEWS_REQUIRED).from(REVIEW_POLICY));

    private ReviewPolicyColumns() {
    }
}
