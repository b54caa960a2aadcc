package io.factdesk.shell;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.ReviewerSession;

/**
 * The prompt shows who is reviewing, how many claims are in their queue (claims that need review and
 * that they have not judged), and how many are disputed: {@code factdesk [Lan] 12 to do · 3 disputed>}.
 */
@Component
public class ShellPrompt {

    private final ReviewerSession reviewer;
    private final ClaimRepository claims;

    public ShellPrompt(ReviewerSession reviewer, ClaimRepository claims) {
        this.reviewer = reviewer;
        this.claims = claims;
    }

    String welcome() {
        int pending = claims.count(ClaimQuery.of(StatusFilter.PENDING, null));
        int active = claims.count(ClaimQuery.of(StatusFilter.ACTIVE, null));
        return "factdesk: " + active + " claims in the queue, " + pending + " pending. "
                + "Type 'review' to start, 'help' for commands, 'quit' to leave.";
    }

    String prompt(Terminal terminal, io.factdesk.support.ShellStyle style) {
        String counts;
        try {
            int toDo = claims.countToDo(reviewer.current().map(ReviewerName::value).orElse(null));
            int disputed = claims.count(ClaimQuery.of(StatusFilter.DISPUTED, null));
            counts = " " + toDo + " to do · " + disputed + " disputed> ";
        } catch (RuntimeException e) {
            // the database is out of reach for now (the command before said why): the shell stays, without counts
            counts = "> ";
        }
        String who = reviewer.current().map(ReviewerName::value).map(TerminalText::safe).orElse("no reviewer");
        AttributedStringBuilder b = new AttributedStringBuilder().append("factdesk ");
        if (style.colour()) {
            b.styled(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), "[" + who + "]");
        } else {
            b.append("[" + who + "]");
        }
        return b.append(counts).toAnsi(terminal);
    }
}
