package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.SEED;
import static io.factdesk.jooq.Tables.VERDICT;

import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The SQL form of the claim states and of a query's filters: one place for the rules that
 * {@link ReviewState#of} applies to a claim already read.
 */
final class ClaimConditions {

    private static final io.factdesk.jooq.tables.Verdict RETRACTION = VERDICT.as("retraction");

    private ClaimConditions() {
    }

    /** The reviewer has no live verdict on the claim. */
    static Condition notJudgedBy(String reviewer) {
        return DSL.and(DSL.notExists(DSL.selectOne().from(VERDICT).where(VERDICT.CLAIM_ID.eq(CLAIM.ID),
                VERDICT.REVIEWER.eq(reviewer), VERDICT.RATING.isNotNull(), // a verdict, not a retraction (the log's CHECK)
                DSL.notExists(DSL.selectOne().from(RETRACTION).where(RETRACTION.RETRACTS_ID.eq(VERDICT.ID))))));
    }

    static Condition statusIn(ClaimQuery q) {
        return CLAIM.STATUS.in(q.status().statuses()).and(reviewState(q));
    }

    /** What the review states add to the stored statuses they are drawn from, under the team's policy. */
    static Condition reviewState(ClaimQuery q) {
        var required = ReviewPolicyColumns.REVIEWS_REQUIRED;
        return switch (q.status()) {
            case NEEDS_REVIEW -> inReview().and(needsAnotherReview(required));
            case RETURNED -> CLAIM.PUBLISHED_AT.isNull().and(Returns.anyOpen());
            case REVIEWED -> inReview().and(CLAIM.DISPUTED.isFalse()).and(CLAIM.REVIEWERS.ge(required));
            case DISPUTED -> inReview().and(CLAIM.DISPUTED.isTrue());
            case AWAITING_SIGNOFF -> inReview().and(CLAIM.DISPUTED.isTrue().or(CLAIM.REVIEWERS.ge(required)));
            case PUBLISHED -> CLAIM.PUBLISHED_AT.isNotNull();
            default -> DSL.noCondition();
        };
    }

    /** Neither signed off nor sent back: the claim is with the reviewers, or waits for an editor. */
    static Condition inReview() {
        return CLAIM.PUBLISHED_AT.isNull().and(DSL.not(Returns.anyOpen()));
    }

    /** No verdict yet, or fewer people's than the policy requires and no dispute. */
    static Condition needsAnotherReview(org.jooq.Field<Integer> required) {
        return CLAIM.STATUS.eq(ClaimStatus.PENDING).or(CLAIM.DISPUTED.isFalse().and(CLAIM.REVIEWERS.lt(required)));
    }

    /** The query's seed, type and score conditions. */
    static Condition attributes(ClaimQuery q) {
        Condition c = DSL.noCondition();
        if (q.seedName() != null) {
            c = c.and(CLAIM.SEED_ID.eq(DSL.select(SEED.ID).from(SEED).where(SEED.NAME.eq(q.seedName()))));
        }
        if (q.type() != null) {
            c = c.and(CLAIM.CLAIM_TYPE.eq(q.type()));
        }
        if (q.minScore() != null) {
            c = c.and(CLAIM.SCORE.ge(q.minScore().floatValue()));
        }
        if (q.assignedTo() != null) {
            c = c.and(Assignments.openFor(q.assignedTo()));
        }
        if (q.matched()) {
            c = c.and(ClaimMatchRepository.matchesJudged(CLAIM));
        }
        return c;
    }
}
