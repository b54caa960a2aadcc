package io.factdesk.reporting;

import java.time.Instant;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.OutputFile;
import io.factdesk.support.TerminalText;

@Component
public class ExportCommand {

    private final ReportService service;
    private final PublishingSettings publishing;

    public ExportCommand(ReportService service, PublishingSettings publishing) {
        this.service = service;
        this.publishing = publishing;
    }

    @Command(name = "export", group = "Import and export", description = "Write the verification report",
            help = """
                    export --format markdown|html|csv|json|claimreview --out FILE|- [--seed NAME] [--verdict RATING]
                           [--reviewer NAME] [--since DATE] [--status STATUS] [--as-of INSTANT] [--unblind]
                      The report: header, contents, summary by verdict and by seed with coverage, agreement, methodology
                      (selection rules, threshold, verdict scale, evidence rule), then every claim with a verdict: its
                      status (needs-review, returned, reviewed, disputed, published), the editor's sign-off, decision and
                      corrections, context, seed, claimant, verdicts (typed or imported, with file, row and account),
                      notes, evidence links, reviewers, times and history. --status narrows it to one state
                      (published, awaiting-signoff, disputed, returned, reviewed, needs-review).
                      html is one self-contained page; csv is one row per claim, safe to open in a spreadsheet;
                      claimreview is schema.org ClaimReview JSON-LD of the published claims only, under the publisher
                      settings (exit 2 naming any that is missing). --out - writes to standard output.
                      A file appears whole or not at all; a device or named pipe (/dev/null, a FIFO) is written
                      through, a symbolic link's target is replaced and the link kept; a folder is refused.
                      --as-of fixes the export time, so the same database gives byte-identical files.
                      In blind review, claims you have not judged are left out; --unblind includes them (logged).
                    Example: export --format html --out report.html --since 2025-02-01""")
    public void export(CommandContext ctx,
                       @Option(longName = "format", description = "markdown, html, csv, json or claimreview") String format,
                       @Option(longName = "out", description = "output file, or - for standard output") String out,
                       @Option(longName = "seed", description = "only claims from this seed file") String seed,
                       @Option(longName = "verdict", description = "only claims with this current verdict") String verdict,
                       @Option(longName = "reviewer", description = "only claims with a current verdict by this reviewer") String reviewer,
                       @Option(longName = "since", description = "only verdicts decided at or after this date or instant") String since,
                       @Option(longName = "status", description = "only claims in this state (published, awaiting-signoff, …)") String status,
                       @Option(longName = "as-of", description = "the export time to print (ISO-8601), for reproducible files") String asOf,
                       @Option(longName = "unblind", description = "in blind review, include claims I have not judged (logged)") boolean unblind) {
        ReportFormat reportFormat = ReportFormat.parse(format);
        ReportRenderer renderer = reportFormat.renderer(publishing.effective());
        if (out == null || out.isBlank()) {
            throw FactdeskException.badInput("export needs --out FILE (or --out - for standard output)");
        }
        Instant at = asOf == null || asOf.isBlank() ? null : ReportFilter.instant(asOf);
        Report report = service.build(ReportFilter.parse(seed, verdict, reviewer, since, status), at, unblind);
        if (out.equals("-")) {
            renderer.render(report, ctx.outputWriter());
        } else {
            // Known before writing: a file written over is a new file afterwards.
            boolean toStandardOutput = OutputFile.isStandardOutput(out);
            OutputFile.write(out, w -> renderer.render(report, w));
            if (!toStandardOutput) {
                ctx.outputWriter().println(renderer instanceof ClaimReviewRenderer claimReview
                        ? "wrote claimreview of " + claimReview.written() + " published claims to " + TerminalText.safe(out)
                        : "wrote " + reportFormat.label() + " report of " + report.summary().inReport()
                                + " claims with verdicts to " + TerminalText.safe(out));
            }
        }
        if (renderer instanceof ClaimReviewRenderer claimReview) {
            if (claimReview.written() == 0) {
                System.err.println("note: no published claims match; the ClaimReview file is an empty array");
            }
            if (claimReview.leftOut() > 0) {
                System.err.println("note: " + claimReview.leftOut() + " published claims without a 1-5 rating (unverifiable"
                        + " or not check-worthy) are left out of the ClaimReview export");
            }
        }
    }
}
