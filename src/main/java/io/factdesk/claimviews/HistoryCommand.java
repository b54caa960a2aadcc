package io.factdesk.claimviews;

import java.io.PrintWriter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimId;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;
import io.factdesk.verdicts.ReviewerSession;
import io.factdesk.verdicts.VerdictJson;
import io.factdesk.verdicts.VerdictService;
import io.factdesk.verdicts.VerdictTextRenderer;

/** A claim's verdict log, as the viewer may see it under blind review. */
@Component
class HistoryCommand {

    private final VerdictService verdicts;
    private final BlindReview blind;
    private final ReviewerSession reviewers;

    HistoryCommand(VerdictService verdicts, BlindReview blind, ReviewerSession reviewers) {
        this.verdicts = verdicts;
        this.blind = blind;
        this.reviewers = reviewers;
    }

    @Command(name = "history", group = "Verdicts", description = "Every verdict entry on a claim, oldest first",
            help = """
                    history ID [--unblind] [--format text|json]
                      Verdicts and retractions with reviewer, account, time and, for imports, file and row.
                      In blind review, other people's entries are hidden until you have judged the claim;
                      --unblind shows them and is recorded in the desk log.
                    Example: history 12""")
    public void history(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                        @Option(longName = "unblind", description = "show others' entries in blind review (logged)") boolean unblind,
                        @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        ClaimId claim = ClaimId.parse(id);
        var visible = blind.history(claim.value(), verdicts.history(claim), reviewers.current(), unblind);
        PrintWriter out = ctx.outputWriter();
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(visible.entries().stream().map(VerdictJson::of).toList()));
        } else if (visible.entries().isEmpty() && visible.hidden() == 0) {
            out.println("claim " + claim + " has no verdicts yet");
        } else {
            visible.entries().forEach(e -> VerdictTextRenderer.entry(e, out));
        }
        if (visible.hidden() > 0) {
            System.err.println(visible.hidden() + " entries by other reviewers hidden (blind review); they show once"
                    + " your verdict is saved, or with --unblind");
        }
    }
}
