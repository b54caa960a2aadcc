package io.factdesk.team;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.NameSuggestion;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.KnownReviewers;
import io.factdesk.verdicts.ReviewerName;

/**
 * The rule that keeps one person one name once a desk keeps a roster: a verdict, an import row, an undo or an
 * assignment under a name that is not an active member is refused, with the member probably meant. With no
 * active member there is no roster, and every valid name is accepted as before.
 */
@Service
public class Roster implements KnownReviewers {

    private final TeamMemberRepository members;

    public Roster(TeamMemberRepository members) {
        this.members = members;
    }

    @Override
    public Check current() {
        return new RosterCheck(members.list());
    }

    /** The names of the active members, in the roster's order; empty when there is no roster. */
    public List<String> activeNames() {
        return members.list().stream().filter(TeamMember::active).map(m -> m.name().value()).toList();
    }

    /**
     * Refuses someone who may not take an editor's step: with a roster, a name not on it (exit 2, as for a
     * verdict) or a member whose role is reviewer (exit 3). With no roster, anyone may.
     */
    public void requireEditor(ReviewerName name, String step) {
        List<TeamMember> roster = members.list();
        new RosterCheck(roster).requireKnown(name);
        roster.stream().filter(m -> m.active() && m.name().equals(name) && m.role() != TeamRole.EDITOR).findFirst()
                .ifPresent(m -> {
                    String safe = TerminalText.safe(name.value());
                    throw FactdeskException.conflict(safe + " is on the team as " + m.role().label() + "; only an editor may "
                            + step + " ('team remove " + TeamMember.asArgument(safe) + "', then 'team add "
                            + TeamMember.asArgument(safe) + " --role editor')");
                });
    }

    /** One reading of the roster; it remembers the answer for each name, as an import meets one name on many rows. */
    static final class RosterCheck implements Check {

        /** Distinct unknown names remembered; past this many, each is worked out again (a file of random names). */
        private static final int MAX_REMEMBERED = 10_000;

        private final Map<String, TeamMember> byName = new HashMap<>();
        private final List<String> active;
        private final Map<String, Optional<String>> answers = new HashMap<>();

        RosterCheck(List<TeamMember> roster) {
            roster.forEach(m -> byName.put(m.name().value(), m));
            active = roster.stream().filter(TeamMember::active).map(m -> m.name().value()).toList();
        }

        @Override
        public Optional<String> problem(ReviewerName name) {
            if (active.isEmpty()) {
                return Optional.empty();
            }
            TeamMember member = byName.get(name.value());
            if (member != null && member.active()) {
                return Optional.empty();
            }
            Optional<String> known = answers.get(name.value());
            if (known != null) {
                return known;
            }
            Optional<String> answer = Optional.of(member != null ? removed(member) : unknown(name.value()));
            if (answers.size() < MAX_REMEMBERED) {
                answers.put(name.value(), answer);
            }
            return answer;
        }

        private static String removed(TeamMember member) {
            String name = TerminalText.safe(member.name().value());
            return "reviewer '" + name + "' was removed from the team on " + member.removedAt()
                    + "; 'team add " + TeamMember.asArgument(name) + "' brings them back";
        }

        private String unknown(String name) {
            return "unknown reviewer '" + TerminalText.safe(name) + "'" + NameSuggestion.closest(name, active)
                    .map(s -> "; did you mean '" + TerminalText.safe(s) + "'?")
                    .orElse("; not on the team (see 'team list')");
        }
    }
}
