package io.factdesk.claimviews;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimId;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;
import io.factdesk.verdicts.ReviewerSession;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictJson;
import io.factdesk.verdicts.VerdictService;
import io.factdesk.verdicts.VerdictTextRenderer;

/** A claim's verdict log, as the viewer may see it under blind review. */
@Component
class HistoryCommand {

    private final VerdictService verdicts;
    private final BlindReview blind;
    private final ReviewerSession reviewers;
    private final DeskStepRepository deskSteps;

    HistoryCommand(VerdictService verdicts, BlindReview blind, ReviewerSession reviewers, DeskStepRepository deskSteps) {
        this.deskSteps = deskSteps;
        this.verdicts = verdicts;
        this.blind = blind;
        this.reviewers = reviewers;
    }

    @Command(name = "history", group = "Verdicts", description = "Every step on a claim, oldest first",
            help = """
                    history ID [--unblind] [--format text|json]
                      Verdicts and retractions with reviewer, account, time and, for imports, file and row; and the
                      desk's steps: assignments, returns, approvals, decisions, corrections, blind-mode reveals.
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
        List<DeskStep> desk = deskSteps.of(claim.value());
        // one story in time order: the two logs number their entries apart
        List<Object> steps = new ArrayList<>(visible.entries());
        steps.addAll(desk);
        steps.sort(Comparator.comparing(HistoryCommand::recordedAt));
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(steps.stream().map(s -> s instanceof VerdictEntry e ? VerdictJson.of(e)
                    : DeskStepJson.of((DeskStep) s)).toList()));
        } else if (steps.isEmpty() && visible.hidden() == 0) {
            out.println("claim " + claim + " has no verdicts yet");
        } else {
            steps.forEach(s -> {
                if (s instanceof VerdictEntry e) {
                    VerdictTextRenderer.entry(e, out);
                } else {
                    DeskStepText.entry((DeskStep) s, out);
                }
            });
        }
        if (visible.hidden() > 0) {
            System.err.println(visible.hidden() + " entries by other reviewers hidden (blind review); they show once"
                    + " your verdict is saved, or with --unblind");
        }
    }

    private static Instant recordedAt(Object step) {
        return step instanceof VerdictEntry e ? Instant.parse(e.recordedAt()) : ((DeskStep) step).recordedAt();
    }
}
