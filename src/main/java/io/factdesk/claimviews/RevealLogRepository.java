package io.factdesk.claimviews;

import static io.factdesk.jooq.Tables.DESK_EVENT;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.claims.DeskEventKind;
import io.factdesk.db.Database;

/** The desk log's record of requests to see other reviewers' verdicts in blind mode. */
@Repository
public class RevealLogRepository {

    private final DSLContext dsl;

    public RevealLogRepository(Database database) {
        this.dsl = database.dsl();
    }

    void record(long claimId, String who, String osUser, Instant at, String command) {
        dsl.insertInto(DESK_EVENT).set(DESK_EVENT.KIND, DeskEventKind.UNBLIND).set(DESK_EVENT.CLAIM_ID, claimId)
                .set(DESK_EVENT.REVIEWER, who).set(DESK_EVENT.ACTOR, who).set(DESK_EVENT.OS_USER, osUser)
                .set(DESK_EVENT.RECORDED_AT, at).set(DESK_EVENT.DETAIL, command).execute();
    }
}
