package io.factdesk.claims;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** claims count and claims promote; the commands that show claims with their verdicts are in claimviews. */
@Component
public class ClaimCommands {

    private final ClaimService service;

    public ClaimCommands(ClaimService service) {
        this.service = service;
    }

    @Command(name = "claims count", group = "Claims", description = "Print how many claims match",
            help = """
                    claims count [--status STATUS] [--seed NAME]
                      Prints one number. STATUS as in 'claims list': active (default), needs-review, pending,
                      reviewed, disputed, judged, held, stale, all.
                    Example: claims count --status pending""")
    public void count(CommandContext ctx,
                      @Option(longName = "status", description = "a review state, pending, active (default) or all") String status,
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
        ctx.outputWriter().println("claim " + claim.id() + " is now " + claim.state().label());
    }
}
