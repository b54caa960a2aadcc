package io.factdesk.claims;

import java.io.PrintWriter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;

@Component
public class ClaimCommands {

    private final ClaimService service;

    public ClaimCommands(ClaimService service) {
        this.service = service;
    }

    @Command(name = "claims list", group = "Claims", description = "List extracted claims",
            help = """
                    claims list [--status active|pending|reviewed|held|stale|all] [--seed NAME] [--limit N] [--offset N] [--format text|json]
                      Lists claims in seed order. The default status, active, is the review queue: pending and reviewed.
                      held = kept out of the queue by the extractor; stale = its sentence left the seed.
                    Example: claims list --status pending --seed 000_53edd63e8824e3f1.txt""")
    public void list(CommandContext ctx,
                     @Option(longName = "status", description = "active (default), pending, reviewed, held, stale or all") String status,
                     @Option(longName = "seed", description = "only claims from this seed file") String seed,
                     @Option(longName = "limit", description = "at most this many claims") String limit,
                     @Option(longName = "offset", description = "skip this many claims first") String offset,
                     @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        ClaimQuery query = new ClaimQuery(StatusFilter.parse(status), seed,
                number("--limit", limit, ClaimQuery.NO_LIMIT), number("--offset", offset, 0));
        var claims = service.list(query);
        PrintWriter out = ctx.outputWriter();
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(claims.stream().map(ClaimJson::of).toList()));
        } else {
            ClaimTextRenderer.table(claims, out);
        }
    }

    @Command(name = "claims show", group = "Claims", description = "Show one claim in context, with why it was picked",
            help = """
                    claims show ID [--format text|json]
                      Shows the sentence with the sentences before and after it, its score, type and reasons,
                      and every reviewer's current verdict.
                    Example: claims show 12""")
    public void show(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                     @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        ClaimWithVerdicts claim = service.show(ClaimId.parse(id));
        if (fmt == OutputFormat.JSON) {
            ctx.outputWriter().println(Json.write(ClaimJson.of(claim)));
        } else {
            ClaimTextRenderer.detail(claim, ctx.outputWriter());
        }
    }

    @Command(name = "claims count", group = "Claims", description = "Print how many claims match",
            help = """
                    claims count [--status active|pending|reviewed|held|stale|all] [--seed NAME]
                      Prints one number.
                    Example: claims count --status pending""")
    public void count(CommandContext ctx,
                      @Option(longName = "status", description = "active (default), pending, reviewed, held, stale or all") String status,
                      @Option(longName = "seed", description = "only claims from this seed file") String seed) {
        ctx.outputWriter().println(service.count(ClaimQuery.of(StatusFilter.parse(status), seed)));
    }

    @Command(name = "claims promote", group = "Claims", description = "Put a held-back sentence into the review queue",
            help = """
                    claims promote ID
                      Overrides the extractor: the sentence becomes a pending claim.
                    Example: claims promote 7""")
    public void promote(CommandContext ctx, @Argument(index = 0, description = "claim id") String id) {
        Claim claim = service.promote(ClaimId.parse(id));
        ctx.outputWriter().println("claim " + claim.id() + " is now " + claim.status().label());
    }

    private static int number(String option, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw FactdeskException.badInput(option + " must be a whole number, got '"
                    + io.factdesk.support.TerminalText.safe(text) + "'");
        }
    }
}
