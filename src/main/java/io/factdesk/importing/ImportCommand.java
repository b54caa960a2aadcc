package io.factdesk.importing;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.ReviewerSession;

@Component
public class ImportCommand {

    private final ImportService service;
    private final ReviewerSession reviewers;

    public ImportCommand(ImportService service, ReviewerSession reviewers) {
        this.service = service;
        this.reviewers = reviewers;
    }

    @Command(name = "import", group = "Import and export", description = "Import verdicts from CSV or JSON Lines, all or nothing",
            help = """
                    import FILE|- [--format csv|jsonl] [--dry-run] [--reviewer NAME] [--ignore-unknown-columns]
                      CSV header (any order, any case): claim_id (or fingerprint), rating, evidence_url, note,
                      reviewer, and optionally reviewed_at (ISO-8601). Several URLs: separate them with spaces or repeat
                      the evidence_url column. JSON Lines: one object per line with the same fields, evidence as an array.
                      The format follows the extension (.jsonl is JSON Lines) unless --format says; - reads standard input.
                      Every row is checked first; one bad row and nothing is written, every bad row is listed as
                      FILE:LINE: field: reason, exit 2. Rows already in the log are skipped; the same file twice writes nothing.
                      --dry-run checks and reports without writing. --reviewer fills empty reviewer cells.
                    Example: import scripts/examples/verdicts.csv --dry-run""")
    public void importFile(CommandContext ctx, @Argument(index = 0, description = "CSV or JSON Lines file, or -") String file,
                           @Option(longName = "format", description = "csv or jsonl (default: from the extension)") String format,
                           @Option(longName = "dry-run", description = "check only, write nothing") boolean dryRun,
                           @Option(longName = "reviewer", description = "reviewer for rows that name none") String reviewer,
                           @Option(longName = "ignore-unknown-columns", description = "skip columns factdesk does not know") boolean ignoreUnknown) {
        if (file == null || file.isBlank()) {
            throw FactdeskException.badInput("import needs a FILE (or - for standard input); see 'import --help'");
        }
        ReviewerName fallback = reviewer != null && !reviewer.isBlank() ? new ReviewerName(reviewer)
                : reviewers.current().orElse(null);
        boolean stdin = file.equals("-");
        // standard input is read as it comes, once, like any file: nothing is spooled to disk
        ImportReport report = service.importFile(new ImportService.Request(stdin ? null : path(file),
                stdin ? ImportService.STDIN : file, ImportFormat.of(format, stdin ? "" : file), dryRun, ignoreUnknown,
                fallback, System.console() != null));
        if (!report.ok()) {
            report.problems().forEach(System.err::println);
            if (report.moreProblems() > 0) {
                System.err.println("... and " + report.moreProblems() + " more rows with problems");
            }
            throw FactdeskException.badInput(report.summary() + "; nothing written");
        }
        ctx.outputWriter().println(report.summary());
    }

    private static Path path(String file) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw FactdeskException.badInput("import file " + TerminalText.safe(file) + " is not a valid path");
        }
    }
}
