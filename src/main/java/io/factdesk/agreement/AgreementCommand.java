package io.factdesk.agreement;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;

@Component
public class AgreementCommand {

    private final AgreementService service;

    public AgreementCommand(AgreementService service) {
        this.service = service;
    }

    @Command(name = "agreement", group = "Review", description = "How far reviewers agree: alpha, kappa, per outcome",
            help = """
                    agreement [--seed NAME] [--since DATE] [--reviewers A,B,...] [--pair A,B] [--format text|json]
                      Over the claims with current verdicts from two or more reviewers: percent agreement,
                      Krippendorff's alpha (ordinal over the 1-5 ratings, nominal over all seven outcomes),
                      Cohen's kappa per pair, Fleiss' kappa, agreement per outcome, and a confusion matrix for
                      one pair (--pair, else the two who judged the most claims in common). Figures resting on
                      fewer than 10 claims are flagged as too few to mean anything.
                      --since keeps current verdicts decided at or after DATE; --reviewers only these people.
                    Example: agreement --seed budget.md --since 2025-02-01 --pair Lan,Bob""")
    public void agreement(CommandContext ctx,
                          @Option(longName = "seed", description = "only claims from this seed file") String seed,
                          @Option(longName = "since", description = "only current verdicts decided at or after this date or instant") String since,
                          @Option(longName = "reviewers", description = "only these reviewers, two or more, separated by commas") String reviewers,
                          @Option(longName = "pair", description = "the two reviewers of the confusion matrix, separated by a comma") String pair,
                          @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        AgreementFilter filter = AgreementFilter.parse(seed, since, reviewers, pair);
        AgreementFigures figures = service.figures(filter);
        if (fmt == OutputFormat.JSON) {
            ctx.outputWriter().println(Json.write(figures));
        } else {
            AgreementTextRenderer.render(figures, filter.describe(), ctx.outputWriter());
        }
    }
}
