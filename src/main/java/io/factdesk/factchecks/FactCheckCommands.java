package io.factdesk.factchecks;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.OptionValues;
import io.factdesk.support.OutputFormat;
import io.factdesk.support.TerminalText;

@Component
public class FactCheckCommands {

    /** Problems listed for a refused file; the rest are counted, as an import of verdicts does. */
    static final int MAX_PROBLEMS_SHOWN = 50;

    private final FactCheckService service;

    public FactCheckCommands(FactCheckService service) {
        this.service = service;
    }

    @Command(name = "factchecks import", group = "Fact-check library",
            description = "Add published fact-checks (schema.org ClaimReview JSON-LD) to the library",
            help = """
                    factchecks import FILE
                      Reads ClaimReview as fact-checkers publish it: one object, an array, an object with @graph
                      (anything else in the graph is skipped), or JSON Lines (one object per line; .jsonl/.ndjson,
                      or any file holding several values). Needs url (http or https), claimReviewed and the
                      author's name. A review whose URL is in the library already is skipped. Every problem is
                      listed as FILE: JSON-PATH: reason (FILE:LINE: … for JSON Lines), exit 2, nothing written.
                    Example: factchecks import reviews.json""")
    public void importFile(CommandContext ctx, @Argument(index = 0, description = "a ClaimReview JSON-LD file") String file) {
        if (file == null || file.isBlank()) {
            throw FactdeskException.badInput("factchecks import needs a FILE; see 'factchecks import --help'");
        }
        String name = TerminalText.safe(file);
        FactCheckService.Imported imported = service.importFile(path(file, name), name);
        if (!imported.ok()) {
            List<String> problems = imported.problems();
            // on standard error, as the verdict import lists its rows; the last line is the command's error
            problems.stream().limit(MAX_PROBLEMS_SHOWN).forEach(System.err::println);
            if (problems.size() > MAX_PROBLEMS_SHOWN) {
                System.err.println("... and " + (problems.size() - MAX_PROBLEMS_SHOWN) + " more problems");
            }
            System.err.flush();
            throw FactdeskException.badInput(name + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                    + "; nothing written");
        }
        ctx.outputWriter().println(imported.read() == 0 ? name + " holds no ClaimReview; nothing imported"
                : "imported " + imported.added() + (imported.added() == 1 ? " fact-check" : " fact-checks") + " from "
                + name + " (" + imported.alreadyThere() + " already in the library)" + (imported.claimsMatched() == null ? ""
                : "; " + imported.claimsMatched() + (imported.claimsMatched() == 1 ? " claim matches" : " claims match")
                + " a library fact-check (claims list --matched)"));
    }

    @Command(name = "factchecks list", group = "Fact-check library", description = "The published fact-checks in the library, newest first",
            help = """
                    factchecks list [--limit N] [--format text|json]
                      Each fact-check: its rating on a 0-1 scale (worst to best) and its name, the date, the publisher,
                      the claim reviewed and the review's URL; newest first, undated ones last.
                    Example: factchecks list --limit 10""")
    public void list(CommandContext ctx,
                     @Option(longName = "limit", description = "at most this many fact-checks") String limit,
                     @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        print(service.list(limit(limit)), fmt, ctx.outputWriter(),
                "the library has no fact-checks yet; 'factchecks import FILE' adds some");
    }

    @Command(name = "factchecks search", group = "Fact-check library", description = "Find published fact-checks by the words of their claim",
            help = """
                    factchecks search WORDS... [--limit N] [--format text|json]
                      Fact-checks whose claim holds every word (any case, accents ignored); end a word with * to
                      match its prefix. Newest first.
                    Example: factchecks search minimum wage""")
    public void search(CommandContext ctx, @Arguments List<String> words,
                       @Option(longName = "limit", description = "at most this many fact-checks") String limit,
                       @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        String text = words == null ? "" : String.join(" ", words);
        if (text.isBlank()) {
            throw FactdeskException.badInput("factchecks search needs the words to look for");
        }
        print(service.search(text, limit(limit)), fmt, ctx.outputWriter(),
                "no fact-check in the library holds every word of '" + TerminalText.safe(text) + "'");
    }

    private static void print(List<FactCheck> found, OutputFormat fmt, PrintWriter out, String none) {
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(found.stream().map(FactCheckJson::of).toList()));
        } else if (found.isEmpty()) {
            out.println(none);
        } else {
            FactCheckText.print(found, out);
        }
    }

    private static int limit(String text) {
        int limit = OptionValues.wholeNumber("--limit", text, FactCheckRepository.NO_LIMIT);
        // As claims list has it: a page of nothing would read as an empty library.
        if (text != null && !text.isBlank() && limit < 1) {
            throw FactdeskException.badInput("--limit must be at least 1, got " + limit);
        }
        return limit;
    }

    private static Path path(String file, String name) {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw FactdeskException.badInput("fact-check file " + name + " is not a valid path");
        }
    }
}
