package io.factdesk.desk;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.springframework.stereotype.Component;

import io.factdesk.agreement.AgreementFilter;
import io.factdesk.agreement.AgreementService;
import io.factdesk.agreement.AgreementWording;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ReviewState;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;

/**
 * The editor's loop: one claim awaiting sign-off at a time, with a key for each step. A step refused
 * (another editor got there first, the two-person rule) is said in one line and the desk goes on.
 */
@Component
class DeskLoop {

    static final String KEYS = "[a]pprove  [d]ecide  [r]eturn  [s]kip  [q]uit";

    private final DeskService desk;
    private final AgreementService agreement;

    DeskLoop(DeskService desk, AgreementService agreement) {
        this.desk = desk;
        this.agreement = agreement;
    }

    void run(LineReader reader, ReviewerName editor) {
        Terminal terminal = reader.getTerminal();
        PrintWriter out = terminal.writer();
        desk.requireEditor(editor);
        Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        Set<Long> skipped = new LinkedHashSet<>();
        int done = 0;
        try {
            out.println("Editor: " + TerminalText.safe(editor.value()) + ". Agreement so far: "
                    + agreementSoFar(agreement.compute(AgreementFilter.EVERYTHING)));
            while (true) {
                Optional<ClaimWithVerdicts> next = desk.nextAwaiting(skipped);
                if (next.isEmpty()) {
                    out.println(skipped.isEmpty() ? "Nothing awaits sign-off." : "Nothing more this round; "
                            + skipped.size() + " skipped. Run 'desk' again to see them.");
                    break;
                }
                ClaimWithVerdicts cv = next.get();
                long id = cv.claim().id();
                out.println();
                DeskCard.lines(cv, skipped.size() + 1, desk.countAwaiting(), terminal.getWidth())
                        .forEach(out::println);
                out.println(KEYS);
                out.flush();
                char key = key(terminal);
                // the step that does not fit the claim is named before anything is asked, and the card stays
                if (key == 'a' && cv.claim().state() == ReviewState.DISPUTED) {
                    out.println("Claim " + id + " is disputed: press d to decide a rating, or r to return it.");
                    continue;
                }
                if (key == 'd' && cv.claim().state() != ReviewState.DISPUTED) {
                    out.println("Claim " + id + "'s reviewers agree: press a to approve it, or r to return it.");
                    continue;
                }
                try {
                    switch (key) {
                        case 'a' -> {
                            DeskStep s = desk.approve(new ClaimId(id), new Note(reader.readLine("Note (optional): ")), editor);
                            out.println("Approved claim " + id + " as " + s.rating().name() + ": published.");
                            done++;
                        }
                        case 'd' -> {
                            Rating rating = rating(reader, out);
                            DeskStep s = desk.decide(new ClaimId(id), rating, new Note(required(reader, "Why this rating: ")), editor);
                            out.println("Decided claim " + id + " as " + s.rating().name() + ": published.");
                            done++;
                        }
                        case 'r' -> {
                            String to = reader.readLine("Return to (Enter: everyone who judged it): ").strip();
                            String comment = required(reader, "Comment for the reviewer: ");
                            var r = desk.returnClaim(new ClaimId(id), new Note(comment), to.isEmpty() ? null : new ReviewerName(to), editor);
                            out.println("Returned claim " + id + " to " + TerminalText.safe(String.join(", ", r.sentTo().isEmpty()
                                    ? r.alreadyOpen() : r.sentTo())) + ".");
                            done++;
                        }
                        case 's' -> skipped.add(id);
                        default -> {
                            out.println("Desk closed; " + done + " step" + (done == 1 ? "" : "s") + " taken.");
                            return;
                        }
                    }
                } catch (FactdeskException e) {
                    // the claim stays (unless another editor's step took it off the desk): s skips it
                    out.println("Not done: " + e.getMessage() + ".");
                }
            }
        } catch (UserInterruptException | EndOfFileException e) {
            out.println();
            out.println("Desk closed; nothing saved for this claim.");
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
            out.flush();
        }
    }

    /** The claims it rests on, percent agreement and the nominal alpha, flagged when there are too few claims. */
    static String agreementSoFar(io.factdesk.agreement.AgreementFigures f) {
        String summary = AgreementWording.summary(f);
        if (f.items() == 0) {
            return summary;
        }
        var percent = f.percentAgreement();
        var alpha = f.alphaNominal();
        return summary + " Percent agreement " + (percent.value() == null ? "n/a" : Math.round(percent.value() * 100) + "%")
                + ", Krippendorff's alpha (nominal) " + (alpha.value() == null ? "n/a" : String.format(java.util.Locale.ROOT,
                "%.2f", alpha.value())) + (percent.enough() ? "." : " (too few claims to mean much yet).");
    }

    private static Rating rating(LineReader reader, PrintWriter out) {
        while (true) {
            String line = reader.readLine("Rating (" + Rating.choices() + "): ");
            try {
                return Rating.parse(line);
            } catch (FactdeskException e) {
                out.println(e.getMessage());
            }
        }
    }

    private static String required(LineReader reader, String prompt) {
        while (true) {
            String line = reader.readLine(prompt).strip();
            if (!line.isEmpty()) {
                return line;
            }
        }
    }

    /** One key, without Enter; Ctrl-C, Ctrl-D and end of input quit. */
    private static char key(Terminal terminal) {
        Attributes saved = terminal.enterRawMode();
        Attributes raw = new Attributes(terminal.getAttributes());
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        terminal.setAttributes(raw);
        try {
            while (true) {
                int c = terminal.reader().read();
                if (c < 0 || c == 3 || c == 4) {
                    return 'q';
                }
                char k = Character.toLowerCase((char) c);
                if ("adrsq".indexOf(k) >= 0) {
                    return k;
                }
            }
        } catch (IOException e) {
            return 'q';
        } finally {
            terminal.setAttributes(saved);
        }
    }
}
