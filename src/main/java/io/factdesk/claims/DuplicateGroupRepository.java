package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.CLAIM_GROUP_MEMBER;
import static io.factdesk.jooq.Tables.SEED;

import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Batches;
import io.factdesk.db.Database;
import io.factdesk.jooq.tables.ClaimGroupMember;

@Repository
public class DuplicateGroupRepository {

    private static final ClaimGroupMember SELF = CLAIM_GROUP_MEMBER.as("self");

    private final DSLContext dsl;

    public DuplicateGroupRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Texts of the claims that take part in grouping: those in the review queue whose sentence is still in its seed. */
    public Map<Long, String> activeTexts() {
        return dsl.select(CLAIM.ID, CLAIM.TEXT).from(CLAIM)
                .where(CLAIM.STALE.isFalse(), CLAIM.CHECKWORTHY.isTrue().or(CLAIM.PROMOTED.isTrue()))
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    public void replaceAll(List<NearDuplicateFinder.Membership> memberships) {
        dsl.deleteFrom(CLAIM_GROUP_MEMBER).execute();
        if (memberships.isEmpty()) {
            return;
        }
        Batches.execute(dsl, dsl.insertInto(CLAIM_GROUP_MEMBER, CLAIM_GROUP_MEMBER.CLAIM_ID, CLAIM_GROUP_MEMBER.GROUP_ID,
                CLAIM_GROUP_MEMBER.SIMILARITY).values((Long) null, null, null), memberships,
                m -> new Object[] {m.claimId(), m.groupId(), (float) m.similarity()});
    }

    /** The other members of the claim's group, most similar first. */
    public List<NearDuplicate> othersInGroup(long claimId) {
        return dsl.select(CLAIM_GROUP_MEMBER.CLAIM_ID, CLAIM_GROUP_MEMBER.SIMILARITY, SEED.NAME, CLAIM.TEXT)
                .from(CLAIM_GROUP_MEMBER)
                .join(SELF).on(SELF.GROUP_ID.eq(CLAIM_GROUP_MEMBER.GROUP_ID))
                .join(CLAIM).on(CLAIM.ID.eq(CLAIM_GROUP_MEMBER.CLAIM_ID))
                .join(SEED).on(SEED.ID.eq(CLAIM.SEED_ID))
                .where(SELF.CLAIM_ID.eq(claimId), CLAIM_GROUP_MEMBER.CLAIM_ID.ne(claimId), CLAIM.STALE.isFalse())
                .orderBy(CLAIM_GROUP_MEMBER.SIMILARITY.desc(), CLAIM_GROUP_MEMBER.CLAIM_ID)
                .fetch(r -> new NearDuplicate(r.value1(), Math.round(r.value2() * 100) / 100.0, r.value3(), r.value4()));
    }

    public int groupCount() {
        return dsl.fetchCount(dsl.selectDistinct(CLAIM_GROUP_MEMBER.GROUP_ID).from(CLAIM_GROUP_MEMBER));
    }
}
