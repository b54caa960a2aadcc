package io.factdesk.team;

import java.util.List;
import java.util.Optional;

import org.jooq.exception.DataAccessException;
import org.springframework.stereotype.Service;

import io.factdesk.support.NameSuggestion;
import io.factdesk.db.DatabaseError;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerName;

/** Adds people to the roster, takes them off it (keeping them in the history), and lists it. */
@Service
public class TeamService {

    /** What {@link #add} did. */
    public enum Added {
        /** A new member. */
        ADDED,
        /** A removed member is back, with the role given. */
        RESTORED,
        /** Already an active member with that role: nothing changed. */
        ALREADY
    }

    /**
     * What {@link #add} did, and the other active member whose name differs from this one only in case or accents,
     * if any: a likely typo that makes one person two (or two people whose names do differ so, as Lan and Lân).
     */
    public record Addition(Added outcome, Optional<String> lookalike) {
    }

    /** What {@link #remove} did, and whether anyone is left on the team. */
    public record Removed(boolean wasActive, TeamMember member, boolean teamEmpty) {
    }

    private final TeamMemberRepository members;
    private final Transactions transactions;
    private final Clock clock;

    public TeamService(TeamMemberRepository members, Transactions transactions, Clock clock) {
        this.members = members;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Adds a member, or brings a removed one back. The table's unique key decides whether the name is taken: a
     * removed member is restored by an update that only matches a removed row, else a new row is inserted, and
     * an insert the key refuses means the name is an active member already (or became one at this moment in
     * another process). Adding an active member again with the same role changes nothing and is not an error,
     * so a set-up script can run twice; with another role it is refused (exit 3), as 'add' never changes a role.
     */
    public Addition add(ReviewerName name, TeamRole role) {
        try {
            Added outcome = transactions.inTransaction(() -> {
                if (members.restore(name, role, clock.nowMillis())) {
                    return Added.RESTORED;
                }
                members.insert(name, role, clock.nowMillis());
                return Added.ADDED;
            });
            return new Addition(outcome, NameSuggestion.sameIgnoringCaseAndAccents(name.value(),
                    members.list().stream().filter(TeamMember::active).map(m -> m.name().value()).toList()));
        } catch (DataAccessException e) {
            if (transactions.errorOf(e) != DatabaseError.UNIQUE_VIOLATION) {
                throw e;
            }
        }
        var sameButCase = members.list().stream()
                .filter(m -> m.active() && !m.name().equals(name) && m.name().value().equalsIgnoreCase(name.value())).findFirst();
        if (sameButCase.isPresent()) {
            String kept = TerminalText.safe(sameButCase.get().name().value());
            throw FactdeskException.conflict(kept + " is on the team already; '" + TerminalText.safe(name.value())
                    + "' differs only in case and would split one person in two (use '" + kept + "')");
        }
        TeamMember existing = members.find(name).orElseThrow();   // rows are never deleted
        if (existing.active() && existing.role() == role) {
            return new Addition(Added.ALREADY, Optional.empty());
        }
        if (existing.active()) {
            String arg = TeamMember.asArgument(TerminalText.safe(name.value()));
            throw FactdeskException.conflict(TerminalText.safe(name.value()) + " is already on the team as "
                    + existing.role().label() + "; to make them " + article(role) + ": 'team remove " + arg
                    + "', then 'team add " + arg + " --role " + role.label() + "'");
        }
        throw FactdeskException.conflict("team add " + TerminalText.safe(name.value())
                + ": removed by another process at this moment; run it again");
    }

    /** Takes a member off the team: the row stays, with the time, so the history still knows the name. */
    public Removed remove(ReviewerName name) {
        return transactions.inTransaction(() -> {
            boolean removed = members.remove(name, clock.nowMillis());
            List<TeamMember> all = members.list();
            Optional<TeamMember> member = all.stream().filter(m -> m.name().equals(name)).findFirst();
            if (member.isEmpty()) {
                throw FactdeskException.notFound("no team member '" + TerminalText.safe(name.value()) + "'"
                        + NameSuggestion.closest(name.value(), all.stream().filter(TeamMember::active)
                                .map(m -> m.name().value()).toList())
                        .map(s -> "; did you mean '" + TerminalText.safe(s) + "'?").orElse(""));
            }
            return new Removed(removed, member.get(), all.stream().noneMatch(TeamMember::active));
        });
    }

    public List<TeamMember> list() {
        return members.list();
    }

    private static String article(TeamRole role) {
        return (role == TeamRole.EDITOR ? "an " : "a ") + role.label();
    }
}
