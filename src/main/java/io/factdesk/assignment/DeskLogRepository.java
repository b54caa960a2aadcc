package io.factdesk.assignment;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.DESK_EVENT;
import static io.factdesk.jooq.Tables.VERDICT;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.claims.Assignments;
import io.factdesk.claims.DeskEventKind;
import io.factdesk.db.Database;
import io.factdesk.verdicts.VerdictRepository;

/** The desk's append-only log of assignments: an assignment is open until a later entry for the same claim and reviewer. */
@Repository
public class DeskLogRepository {

    /** One open assignment, and whether its reviewer has a live verdict on the claim yet. */
    public record OpenAssignment(long claimId, String reviewer, String assignedBy, Instant assignedAt, boolean done) {
    }


    private final DSLContext dsl;

    public DeskLogRepository(Database database) {
        this.dsl = database.dsl();
    }


    /** Appends an entry; an ASSIGN of an assignment already open, or an UNASSIGN of none, writes nothing. */
    boolean append(DeskEventKind kind, long claimId, String reviewer, String actor, String osUser, Instant at) {
        var open = DSL.selectOne().from(DESK_EVENT).where(DESK_EVENT.CLAIM_ID.eq(claimId), DESK_EVENT.REVIEWER.eq(reviewer), Assignments.isOpen());
        Condition wanted = kind == DeskEventKind.ASSIGN ? DSL.notExists(open) : DSL.exists(open);
        return dsl.insertInto(DESK_EVENT, DESK_EVENT.KIND, DESK_EVENT.CLAIM_ID, DESK_EVENT.REVIEWER, DESK_EVENT.ACTOR,
                        DESK_EVENT.OS_USER, DESK_EVENT.RECORDED_AT)
                .select(DSL.select(DSL.val(kind, DESK_EVENT.KIND), DSL.val(claimId, DESK_EVENT.CLAIM_ID),
                                DSL.val(reviewer, DESK_EVENT.REVIEWER), DSL.val(actor, DESK_EVENT.ACTOR),
                                DSL.val(osUser, DESK_EVENT.OS_USER), DSL.val(at, DESK_EVENT.RECORDED_AT))
                        .where(wanted))
                .execute() == 1;
    }

    /** Every open assignment (of one reviewer, when given), in claim order. */
    public List<OpenAssignment> open(String reviewer) {
        var live = DSL.exists(DSL.selectOne().from(VERDICT).where(VERDICT.CLAIM_ID.eq(DESK_EVENT.CLAIM_ID),
                VERDICT.REVIEWER.eq(DESK_EVENT.REVIEWER), VerdictRepository.isLive()));
        return dsl.select(DESK_EVENT.CLAIM_ID, DESK_EVENT.REVIEWER, DESK_EVENT.ACTOR, DESK_EVENT.RECORDED_AT, DSL.field(live))
                .from(DESK_EVENT)
                .where(Assignments.isOpen(), reviewer == null ? DSL.noCondition() : DESK_EVENT.REVIEWER.eq(reviewer))
                .orderBy(DESK_EVENT.CLAIM_ID, DESK_EVENT.REVIEWER)
                .fetch(r -> new OpenAssignment(r.value1(), r.value2(), r.value3(), r.value4(), Boolean.TRUE.equals(r.value5())));
    }

    /** For each claim, the people who have a live verdict on it or an open assignment to it. */
    Map<Long, Set<String>> involved(Collection<Long> claimIds) {
        var judged = DSL.select(VERDICT.CLAIM_ID, VERDICT.REVIEWER).from(VERDICT)
                .where(VERDICT.CLAIM_ID.in(claimIds), VerdictRepository.isLive());
        var assigned = DSL.select(DESK_EVENT.CLAIM_ID, DESK_EVENT.REVIEWER).from(DESK_EVENT)
                .where(DESK_EVENT.CLAIM_ID.in(claimIds), Assignments.isOpen());
        return dsl.fetch(judged.union(assigned)).stream().collect(Collectors.groupingBy(r -> r.value1(),
                Collectors.mapping(r -> r.value2(), Collectors.toSet())));
    }

}
