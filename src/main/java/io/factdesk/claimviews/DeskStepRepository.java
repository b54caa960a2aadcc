package io.factdesk.claimviews;

import static io.factdesk.jooq.Tables.DESK_EVENT;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;

/** Reads the desk log's entries about claims, oldest first: for history, the desk's card and the reports. */
@Repository
public class DeskStepRepository {

    private final DSLContext dsl;

    public DeskStepRepository(Database database) {
        this.dsl = database.dsl();
    }

    public List<DeskStep> of(long claimId) {
        return of(List.of(claimId));
    }

    public List<DeskStep> of(Collection<Long> claimIds) {
        return dsl.select(DESK_EVENT.ID, DESK_EVENT.CLAIM_ID, DESK_EVENT.KIND, DESK_EVENT.REVIEWER, DESK_EVENT.ACTOR,
                        DESK_EVENT.OS_USER, DESK_EVENT.RECORDED_AT, DESK_EVENT.DETAIL, DESK_EVENT.RATING, DESK_EVENT.PREVIOUS_RATING,
                        DESK_EVENT.VERDICT_WATERMARK)
                .from(DESK_EVENT).where(DESK_EVENT.CLAIM_ID.in(claimIds)).orderBy(DESK_EVENT.ID)
                .fetch(Records.mapping(DeskStep::new));
    }
}
