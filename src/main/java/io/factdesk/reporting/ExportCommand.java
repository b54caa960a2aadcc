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
    private final ReportSettings settings;

    public ExportCommand(ReportService service, ReportSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    @Command(name = "export", group = "Import and export", description = "Write the verification report",
            help = """
                    export --format markdown|html|csv|json|claimreview --out FILE|- [--seed NAME] [--verdict RATING]
                           [--reviewer NAME] [--since DATE] [--as-of INSTANT]
                      The report: header, summary by verdict and by seed with coverage, methodology (selection rules,
                      threshold, verdict scale, evidence rule), then every reviewed claim with context, seed, claimant,
                      verdicts, notes, evidence links, reviewers, times and history; disagreements are shown as such.
                      html is one self-contained page; csv is one row per claim, safe to open in a spreadsheet;
                      claimreview is schema.org ClaimReview JSON-LD for rated claims. --out - writes to standard output.
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
                       @Option(longName = "as-of", description = "the export time to print (ISO-8601), for reproducible files") String asOf,
                       @Option(longName = "unblind", description = "in blind review, include claims I have not judged (logged)") boolean unblind) {
        ReportFormat reportFormat = ReportFormat.parse(format);
        ReportRenderer renderer = reportFormat.renderer(settings);
        if (out == null || out.isBlank()) {
            throw FactdeskException.badInput("export needs --out FILE (or --out - for standard output)");
        }
        Instant at = asOf == null || asOf.isBlank() ? null : ReportFilter.instant(asOf);
        Report report = service.build(ReportFilter.parse(seed, verdict, reviewer, since), at, unblind);
        if (out.equals("-")) {
            renderer.render(report, ctx.outputWriter());
        } else {
            // Known before writing: a file written over is a new file afterwards.
            boolean toStandardOutput = OutputFile.isStandardOutput(out);
            OutputFile.write(out, w -> renderer.render(report, w));
            if (!toStandardOutput) {
                ctx.outputWriter().println("wrote " + reportFormat.label() + " report of "
                        + report.summary().inReport() + " claims with verdicts to " + TerminalText.safe(out));
            }
        }
        if (renderer instanceof ClaimReviewRenderer) {
            int left = ClaimReviewRenderer.leftOut(report);
            if (left > 0) {
                System.err.println("note: " + left + " claims without a single 1-5 rating (unverifiable, not"
                        + " check-worthy or disputed) are left out of the ClaimReview export");
            }
        }
    }
}
