package io.factdesk.team;

/** The JSON shape of a team member (README, "JSON output"); {@code removedAt} is null while they are on the team. */
record TeamMemberJson(String name, String role, boolean active, String addedAt, String removedAt) {

    static TeamMemberJson of(TeamMember m) {
        return new TeamMemberJson(m.name().value(), m.role().label(), m.active(), m.addedAt().toString(),
                m.removedAt() == null ? null : m.removedAt().toString());
    }
}
