package io.factdesk.review;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp;
import org.springframework.stereotype.Component;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.ReviewerSession;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictInput;
import io.factdesk.verdicts.VerdictService;

/**
 * The guided review: one pending claim at a time, in context, with why it was picked;
 * then the verdict picker, evidence URLs (checked as they are typed), a note, and save.
 * Nothing is written until the last answer is in, so Ctrl-C anywhere abandons only the
 * claim on screen.
 */
@Component
public class ReviewLoop {

    private final ClaimRepository claims;
    private final VerdictService verdicts;
    private final ReviewerSession reviewers;
    private final VerdictPicker picker = new VerdictPicker();

    public ReviewLoop(ClaimRepository claims, VerdictService verdicts, ReviewerSession reviewers) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.reviewers = reviewers;
    }

    void run(LineReader reader) {
        Terminal terminal = reader.getTerminal();
        PrintWriter out = terminal.writer();
        boolean colour = colour(terminal);
        try {
            ReviewerName reviewer = reviewers.current().orElseGet(() -> askReviewer(reader));
            Set<Long> skipped = new LinkedHashSet<>();
            while (true) {
                var next = claims.nextPending(skipped);
                if (next.isEmpty()) {
                    out.println(skipped.isEmpty() ? "The queue is empty: every claim has a verdict."
                            : "No more pending claims this round; " + skipped.size() + " skipped. Run 'review' again to see them.");
                    return;
                }
                Claim claim = next.get();
                ClaimCard.print(claim, progress(), colour, out);
                PickerChoice choice = picker.pick(terminal, colour);
                switch (choice.action()) {
                    case QUIT -> {
                        out.println("Review stopped. " + progress().text());
                        return;
                    }
                    case INTERRUPT -> {
                        out.println("Claim " + claim.id() + " abandoned; nothing saved.");
                        return;
                    }
                    case SKIP -> skipped.add(claim.id());
                    case RATE -> save(reader, claim, choice.rating(), reviewer, out);
                }
            }
        } catch (UserInterruptException | EndOfFileException e) {
            out.println();
            out.println("Claim abandoned; nothing saved.");
        } finally {
            out.flush();
        }
    }

    private void save(LineReader reader, Claim claim, Rating rating, ReviewerName reviewer, PrintWriter out) {
        List<EvidenceUrl> evidence = new ArrayList<>();
        while (true) {
            String prompt = "Evidence URL " + (evidence.size() + 1)
                    + (rating.isRated() && evidence.isEmpty() ? " (required): " : " (empty line to finish): ");
            String line = reader.readLine(prompt).strip();
            if (line.isEmpty()) {
                if (rating.isRated() && evidence.isEmpty()) {
                    out.println("  a " + rating.name() + " verdict needs at least one evidence URL");
                    continue;
                }
                break;
            }
            String problem = EvidenceUrl.problem(line);
            if (problem != null) {
                out.println("  not accepted: that URL " + problem + "; try again");
                continue;
            }
            evidence.add(new EvidenceUrl(line));
        }
        Note note;
        while (true) {
            try {
                note = new Note(reader.readLine("Note (why this verdict): "));
                break;
            } catch (FactdeskException e) {
                out.println("  not accepted: " + e.getMessage());
            }
        }
        VerdictEntry saved = verdicts.record(new VerdictInput(new ClaimId(claim.id()), rating, evidence, note,
                reviewer, Instant.now()));
        out.println("Saved " + saved.rating().name() + " on claim " + claim.id() + " (entry " + saved.id()
                + "). 'undo " + claim.id() + "' takes it back.");
    }

    private ReviewerName askReviewer(LineReader reader) {
        while (true) {
            try {
                ReviewerName name = new ReviewerName(reader.readLine("Reviewer name: "));
                reviewers.set(name);
                return name;
            } catch (FactdeskException e) {
                reader.getTerminal().writer().println("  " + e.getMessage());
            }
        }
    }

    private Progress progress() {
        return new Progress(claims.count(ClaimQuery.of(StatusFilter.REVIEWED, null)),
                claims.count(ClaimQuery.of(StatusFilter.ACTIVE, null)));
    }

    static boolean colour(Terminal terminal) {
        String noColor = System.getenv("NO_COLOR");
        Integer colours = terminal.getNumericCapability(InfoCmp.Capability.max_colors);
        return (noColor == null || noColor.isEmpty()) && colours != null && colours >= 8;
    }

}
