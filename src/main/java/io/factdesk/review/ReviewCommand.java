package io.factdesk.review;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimType;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.OptionValues;

@Component
public class ReviewCommand {

    private final ObjectProvider<LineReader> lineReader;
    private final ReviewLoop loop;

    public ReviewCommand(ObjectProvider<LineReader> lineReader, ReviewLoop loop) {
        this.lineReader = lineReader;
        this.loop = loop;
    }

    @Command(name = "review", group = "Review", description = "Go through pending claims one by one",
            help = """
                    review [--seed NAME] [--type TYPE] [--min-score N] [--search WORDS] [--revisit]
                      Shows the next pending claim in context with why it was picked, then asks for the verdict
                      (arrows + Enter, or t/m/h/o/f/u/n), evidence URLs (one per line, empty line to finish), and a note.
                      s skips the claim, b goes back, q quits; Ctrl-C abandons the claim on screen. z takes back the
                      last verdict this review saved (press again for the one before); another shell's are never touched.
                      Your queue: first the claims assigned to you, then those that still need review and that you
                      have not judged; --revisit brings back the ones you judged. A claim on someone else's screen
                      is skipped. The options narrow the queue. Needs an interactive terminal; elsewhere use 'verdict'.
                    Example: review --type statistic --min-score 0.5""")
    public void review(CommandContext ctx,
                       @Option(longName = "seed", description = "only claims from this seed file") String seed,
                       @Option(longName = "type", description = "only claims of this type") String type,
                       @Option(longName = "min-score", description = "only claims scoring at least this (0 to 1)") String minScore,
                       @Option(longName = "search", description = "only claims containing all these words") String search,
                       @Option(longName = "revisit", description = "also the claims I have already judged") boolean revisit) {
        ClaimQuery filter = new ClaimQuery(StatusFilter.NEEDS_REVIEW, seed, type == null ? null : ClaimType.parse(type),
                OptionValues.decimal("--min-score", minScore), search, ClaimQuery.NO_LIMIT, 0);
        LineReader reader = lineReader.getObject();
        Terminal terminal = reader.getTerminal();
        if (terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            throw FactdeskException.badInput("review needs an interactive terminal and this one is "
                    + (System.console() == null ? "not a TTY" : "dumb")
                    + "; use 'verdict ID RATING --evidence URL --note TEXT' instead");
        }
        loop.run(reader, filter, revisit);
    }
}
