package io.factdesk.team;

import static io.factdesk.jooq.Tables.TEAM_MEMBER;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;
import io.factdesk.verdicts.ReviewerName;

/** The roster's table. Names are stored as {@link ReviewerName} values; the table's UNIQUE key keeps one row per name. */
@Repository
public class TeamMemberRepository {

    private final DSLContext dsl;

    public TeamMemberRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Adds a new member; a name already in the table (active or removed) is refused by its unique key. */
    public void insert(ReviewerName name, TeamRole role, Instant now) {
        dsl.insertInto(TEAM_MEMBER)
                .set(TEAM_MEMBER.NAME, name.value())
                .set(TEAM_MEMBER.ROLE, role)
                .set(TEAM_MEMBER.ADDED_AT, now)
                .execute();
    }

    /** Brings a removed member back with the given role, from now on; false when the name is not a removed member. */
    public boolean restore(ReviewerName name, TeamRole role, Instant now) {
        return dsl.update(TEAM_MEMBER)
                .set(TEAM_MEMBER.ROLE, role)
                .set(TEAM_MEMBER.ADDED_AT, now)
                .setNull(TEAM_MEMBER.REMOVED_AT)
                .where(TEAM_MEMBER.NAME.eq(name.value()).and(TEAM_MEMBER.REMOVED_AT.isNotNull()))
                .execute() == 1;
    }

    /** Marks an active member removed; false when the name is not an active member. */
    public boolean remove(ReviewerName name, Instant now) {
        return dsl.update(TEAM_MEMBER)
                .set(TEAM_MEMBER.REMOVED_AT, now)
                .where(TEAM_MEMBER.NAME.eq(name.value()).and(TEAM_MEMBER.REMOVED_AT.isNull()))
                .execute() == 1;
    }

    public Optional<TeamMember> find(ReviewerName name) {
        return dsl.select(TEAM_MEMBER.NAME, TEAM_MEMBER.ROLE, TEAM_MEMBER.ADDED_AT, TEAM_MEMBER.REMOVED_AT)
                .from(TEAM_MEMBER).where(TEAM_MEMBER.NAME.eq(name.value()))
                .fetchOptional(TeamMemberRepository::member);
    }

    /**
     * Everyone who is or was on the team: active members first, each group by name, ignoring case. Sorted here,
     * not by the engine, whose collations differ (SQLite compares bytes, PostgreSQL by the server's locale).
     */
    public List<TeamMember> list() {
        return dsl.select(TEAM_MEMBER.NAME, TEAM_MEMBER.ROLE, TEAM_MEMBER.ADDED_AT, TEAM_MEMBER.REMOVED_AT)
                .from(TEAM_MEMBER)
                .fetch(TeamMemberRepository::member).stream()
                .sorted(Comparator.comparing((TeamMember m) -> !m.active())
                        .thenComparing(m -> m.name().value(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(m -> m.name().value()))
                .toList();
    }

    private static TeamMember member(Record r) {
        return new TeamMember(new ReviewerName(r.get(TEAM_MEMBER.NAME)), r.get(TEAM_MEMBER.ROLE),
                r.get(TEAM_MEMBER.ADDED_AT), r.get(TEAM_MEMBER.REMOVED_AT));
    }
}
