package io.factdesk.review;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;

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
                    review
                      Shows the next pending claim in context with why it was picked, then asks for the verdict
                      (arrows + Enter, or t/m/h/o/f/u/n), evidence URLs (one per line, empty line to finish), and a note.
                      s skips the claim, q quits, Ctrl-C abandons the claim on screen. Needs an interactive terminal;
                      elsewhere use 'verdict'.
                    Example: review""")
    public void review(CommandContext ctx) {
        LineReader reader = lineReader.getObject();
        Terminal terminal = reader.getTerminal();
        if (terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            throw FactdeskException.badInput("review needs an interactive terminal and this one is "
                    + (System.console() == null ? "not a TTY" : "dumb")
                    + "; use 'verdict ID RATING --evidence URL --note TEXT' instead");
        }
        loop.run(reader);
    }
}
