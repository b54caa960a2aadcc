package io.factdesk.team;

import java.time.Instant;
import java.util.Objects;

import io.factdesk.verdicts.ReviewerName;

/** One person on the roster; {@code removedAt} is set once they left the team (the row stays, as their verdicts do). */
public record TeamMember(ReviewerName name, TeamRole role, Instant addedAt, Instant removedAt) {

    public TeamMember {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(addedAt, "addedAt");
    }

    /** A name as it is typed on the command line: in quotes when it has a space. */
    static String asArgument(String name) {
        return name.contains(" ") ? "\"" + name + "\"" : name;
    }

    public boolean active() {
        return removedAt == null;
    }
}
