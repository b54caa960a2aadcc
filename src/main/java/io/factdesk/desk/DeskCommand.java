package io.factdesk.desk;

import org.jline.reader.LineReader;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.ReviewerSession;

/** 'desk': the editor's interactive loop over the claims awaiting sign-off. */
@Component
class DeskCommand {

    private final ObjectProvider<LineReader> lineReader;
    private final DeskLoop loop;
    private final ReviewerSession reviewers;

    DeskCommand(ObjectProvider<LineReader> lineReader, DeskLoop loop, ReviewerSession reviewers) {
        this.lineReader = lineReader;
        this.loop = loop;
        this.reviewers = reviewers;
    }

    @Command(name = "desk", group = "Editor's desk", description = "Sign off, decide or return the claims awaiting an editor",
            help = """
                    desk [--reviewer NAME]
                      Shows each claim awaiting sign-off (reviewed, or disputed) with every reviewer's verdict side by
                      side: rating, evidence, note, and how it came in (by hand, or by import with file, row and
                      account). Keys: a approve, d decide a rating (with a note), r return to the reviewer(s) with a
                      comment, s skip, q quit. The editor is named as a reviewer is; with a roster, only editors.
                      Needs an interactive terminal; elsewhere use approve, decide and return.""")
    public void desk(CommandContext ctx, @Option(longName = "reviewer", description = "the editor") String editor) {
        LineReader reader = lineReader.getObject();
        Terminal terminal = reader.getTerminal();
        if (terminal.getType() == null || terminal.getType().startsWith(Terminal.TYPE_DUMB)) {
            throw FactdeskException.badInput("desk needs an interactive terminal and this one is "
                    + (System.console() == null ? "not a TTY" : "dumb") + "; use approve, decide and return instead");
        }
        loop.run(reader, reviewers.resolve(editor));
    }
}
