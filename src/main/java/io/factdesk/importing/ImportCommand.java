package io.factdesk.importing;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
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

    @Command(name = "import", group = "Import and export", description = "Import verdicts from a CSV file, all or nothing",
            help = """
                    import FILE [--dry-run] [--reviewer NAME]
                      CSV with a header: claim_id,rating,evidence_url,note,reviewer (any order, any case).
                      Several URLs in evidence_url are separated by spaces. Every row is checked first; one bad
                      row means nothing is written and every bad row is listed as FILE:LINE: field: reason (exit 2).
                      --dry-run checks and reports without writing. --reviewer fills empty reviewer cells.
                      Importing the same file again writes nothing.
                    Example: import scripts/examples/verdicts.csv --dry-run""")
    public void importFile(CommandContext ctx, @Argument(index = 0, description = "CSV file") String file,
                           @Option(longName = "dry-run", description = "check only, write nothing") boolean dryRun,
                           @Option(longName = "reviewer", description = "reviewer for rows that name none") String reviewer) {
        if (file == null || file.isBlank()) {
            throw FactdeskException.badInput("import needs a FILE; see 'import --help'");
        }
        ReviewerName fallback = reviewer != null && !reviewer.isBlank() ? new ReviewerName(reviewer)
                : reviewers.current().orElse(null);
        ImportReport report = service.importFile(Path.of(file), dryRun, fallback);
        PrintWriter out = ctx.outputWriter();
        if (report.alreadyImportedAs() != null) {
            out.println(file + ": already imported as batch " + report.alreadyImportedAs() + "; nothing written");
            return;
        }
        if (!report.ok()) {
            report.problems().forEach(System.err::println);
            if (report.moreProblems() > 0) {
                System.err.println("... and " + report.moreProblems() + " more problems");
            }
            throw FactdeskException.badInput(file + ": " + report.rejected() + " of " + report.rowsRead()
                    + " rows rejected; nothing written");
        }
        out.println(report.dryRun()
                ? file + ": " + report.rowsRead() + " rows valid; dry run, nothing written"
                : file + ": " + report.rowsRead() + " rows read, " + report.written() + " verdicts written");
    }
}
