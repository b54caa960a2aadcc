package io.factdesk.assignment;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimType;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.ReviewerSession;

@Component
class AssignmentCommands {

    private final AssignmentService service;
    private final ReviewerSession reviewers;

    AssignmentCommands(AssignmentService service, ReviewerSession reviewers) {
        this.service = service;
        this.reviewers = reviewers;
    }

    @Command(name = "assign", group = "Team", description = "Give claims to a reviewer, or spread them over several",
            help = """
                    assign IDS... --to NAME
                    assign [--seed S] [--type T] [--search WORDS] [--status S] --to NAME
                    assign --auto --reviewers A,B,C [--seed S] [--type T] [--search WORDS]
                      With ids, those claims; with a query, the claims it matches (default status needs-review).
                      --auto gives each claim that needs review as many more reviewers as the policy requires,
                      never one who judged it or holds it, the least-loaded first (ties by name): the same
                      claims and reviewers always give the same assignment. Recorded in the desk log.
                    Example: assign --auto --reviewers Lan,Minh,An""")
    public void assign(CommandContext ctx, @Arguments List<String> ids,
                       @Option(longName = "to", description = "the reviewer") String to,
                       @Option(longName = "auto", description = "spread over --reviewers") boolean auto,
                       @Option(longName = "reviewers", description = "comma-separated names, for --auto") String names,
                       @Option(longName = "seed", description = "claims from this seed file") String seed,
                       @Option(longName = "type", description = "claims of this type") String type,
                       @Option(longName = "search", description = "claims containing all these words") String search,
                       @Option(longName = "status", description = "claims in this state (default needs-review)") String status) {
        ClaimQuery query = query(seed, type, search, status);
        ReviewerName by = reviewers.resolveOrSystem();
        AssignmentService.Outcome outcome;
        if (auto) {
            if (to != null || ids != null && !ids.isEmpty()) {
                throw FactdeskException.badInput("assign --auto takes --reviewers and a query, not ids or --to");
            }
            if (names == null || names.isBlank()) {
                throw FactdeskException.badInput("assign --auto needs --reviewers A,B,...");
            }
            List<ReviewerName> team = Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(ReviewerName::new).toList();
            outcome = service.assignAuto(query, team, by);
        } else {
            if (to == null || to.isBlank()) {
                throw FactdeskException.badInput("assign needs --to NAME (or --auto --reviewers A,B,...)");
            }
            outcome = service.assign(service.selectToAssign(claimIds(ids), query), new ReviewerName(to), by);
        }
        print(ctx.outputWriter(), "assigned", outcome);
    }

    @Command(name = "unassign", group = "Team", description = "Take assignments back",
            help = """
                    unassign IDS... --from NAME
                    unassign [--seed S] [--type T] [--search WORDS] [--status S] --from NAME
                      Takes back NAME's open assignments to those claims; recorded in the desk log.
                    Example: unassign 12 13 --from Lan""")
    public void unassign(CommandContext ctx, @Arguments List<String> ids,
                         @Option(longName = "from", description = "the reviewer") String from,
                         @Option(longName = "seed", description = "claims from this seed file") String seed,
                         @Option(longName = "type", description = "claims of this type") String type,
                         @Option(longName = "search", description = "claims containing all these words") String search,
                         @Option(longName = "status", description = "claims in this state (default needs-review)") String status) {
        if (from == null || from.isBlank()) {
            throw FactdeskException.badInput("unassign needs --from NAME");
        }
        ReviewerName who = new ReviewerName(from);
        var outcome = service.unassign(service.select(claimIds(ids), query(seed, type, search, status == null ? "all" : status)
                        .assignedTo(who.value())),
                who, reviewers.resolveOrSystem());
        print(ctx.outputWriter(), "unassigned", outcome);
    }

    @Command(name = "assignments", group = "Team", description = "Open assignments per reviewer: done and still to do",
            help = """
                    assignments [--reviewer NAME] [--format text|json]
                    Example: assignments --reviewer Lan""")
    public void assignments(CommandContext ctx,
                            @Option(longName = "reviewer", description = "only this reviewer") String reviewer,
                            @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        var loads = service.loads(reviewer == null ? null : new ReviewerName(reviewer));
        PrintWriter out = ctx.outputWriter();
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(loads));
            return;
        }
        if (loads.isEmpty()) {
            out.println("no open assignments");
            return;
        }
        out.printf("%-24s %6s %6s%n", "REVIEWER", "DONE", "OPEN");
        loads.forEach(l -> out.printf("%-24s %6d %6d%n", TerminalText.safe(l.reviewer()), l.done(), l.open()));
    }

    private static ClaimQuery query(String seed, String type, String search, String status) {
        return new ClaimQuery(status == null ? StatusFilter.NEEDS_REVIEW : StatusFilter.parse(status), seed,
                type == null ? null : ClaimType.parse(type), null, search, ClaimQuery.NO_LIMIT, 0);
    }

    private static List<ClaimId> claimIds(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(ClaimId::parse).toList();
    }

    private static void print(PrintWriter out, String verb, AssignmentService.Outcome outcome) {
        out.println(verb + " " + outcome.written() + " claim(s)" + (outcome.unchanged() > 0
                ? "; " + outcome.unchanged() + " left as they were" : ""));
        outcome.perReviewer().forEach((name, n) -> out.println("  " + TerminalText.safe(name) + ": " + n));
    }
}
