package io.factdesk.team;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerName;

@Component
public class TeamCommands {

    private final TeamService service;

    public TeamCommands(TeamService service) {
        this.service = service;
    }

    @Command(name = "team add", group = "Team", description = "Put a reviewer or editor on the team's roster",
            help = """
                    team add NAME [--role reviewer|editor]
                      Adds NAME (default role: reviewer), or brings back someone removed, with the role given. Once
                      the team has a member, verdicts, imports, undo and assignments under any other name are refused.
                      Adding someone already on the team with the same role changes nothing.
                    Example: team add "Nguyễn Thị Lan" --role editor""")
    public void add(CommandContext ctx, @Argument(index = 0, description = "the person's reviewer name") String name,
                    @Option(longName = "role", description = "reviewer (default) or editor") String role) {
        ReviewerName member = new ReviewerName(required(name, "team add"));
        TeamRole teamRole = role == null ? TeamRole.REVIEWER : TeamRole.parse(role);
        TeamService.Addition addition = service.add(member, teamRole);
        String who = TerminalText.safe(member.value());
        ctx.outputWriter().println(switch (addition.outcome()) {
            case ADDED -> "added " + who + " to the team as " + teamRole.label();
            case RESTORED -> who + " is back on the team as " + teamRole.label();
            case ALREADY -> who + " is already on the team as " + teamRole.label() + "; nothing changed";
        });
        addition.lookalike().ifPresent(other -> System.err.println("note: '" + TerminalText.safe(other)
                + "' is on the team too; names that differ in accents are two people"
                + " ('team remove " + TeamMember.asArgument(who) + "' if that was a typo)"));
    }

    @Command(name = "team remove", group = "Team", description = "Take someone off the roster; their verdicts stay",
            help = """
                    team remove NAME
                      From now on NAME can no longer record verdicts while the team has other members. Nothing is
                      deleted: the name stays in the history and in 'team list', and 'team add NAME' brings it back.
                    Example: team remove Lan""")
    public void remove(CommandContext ctx, @Argument(index = 0, description = "a member's name") String name) {
        TeamService.Removed removed = service.remove(new ReviewerName(required(name, "team remove")));
        String who = TerminalText.safe(removed.member().name().value());
        PrintWriter out = ctx.outputWriter();
        out.println(removed.wasActive() ? "removed " + who + " from the team; their verdicts stay"
                : who + " was already removed on " + removed.member().removedAt() + "; nothing changed");
        if (removed.wasActive() && removed.teamEmpty()) {
            out.println("the team has no members now: verdicts under any name are accepted again");
        }
    }

    @Command(name = "team list", group = "Team", description = "Who is on the team, and who was",
            help = """
                    team list [--format text|json]
                      One line per person: role, when added (or last brought back), when removed, and name. Active
                      members first; those taken off the team are marked '(removed)'.
                    Example: team list --format json""")
    public void list(CommandContext ctx, @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        List<TeamMember> all = service.list();
        PrintWriter out = ctx.outputWriter();
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(all.stream().map(TeamMemberJson::of).toList()));
            return;
        }
        if (all.isEmpty()) {
            out.println("no team yet: verdicts under any name are accepted; 'team add NAME' starts one");
            return;
        }
        if (all.stream().noneMatch(TeamMember::active)) {
            out.println("no active members: verdicts under any name are accepted");
        }
        // the name last, so that the columns line up whatever its script or width
        String row = "%-8s  %-24s  %-24s  %s%n";
        out.printf(row, "ROLE", "ADDED", "REMOVED", "NAME");
        for (TeamMember m : all) {
            out.printf(row, m.role().label(), m.addedAt(), m.active() ? "-" : m.removedAt(),
                    TerminalText.safe(m.name().value()) + (m.active() ? "" : " (removed)"));
        }
    }

    private static String required(String name, String command) {
        if (name == null || name.isBlank()) {
            throw FactdeskException.badInput(command + " needs a NAME");
        }
        return name;
    }
}
