package io.factdesk.review;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ClaimService;
import io.factdesk.claims.ClaimWithVerdicts;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.CommandTiming;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.ShellStyle;
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
 * claim on screen. 'b' goes back to the previous claim, 'z' takes back the verdict just saved.
 */
@Component
public class ReviewLoop {

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final VerdictService verdicts;
    private final ReviewerSession reviewers;
    private final VerdictPicker picker = new VerdictPicker();
    private final boolean timing;

    public ReviewLoop(ClaimRepository claims, ClaimService claimService, VerdictService verdicts,
                      ReviewerSession reviewers, @Value("${factdesk.timing:false}") boolean timing) {
        this.timing = timing;
        this.claims = claims;
        this.claimService = claimService;
        this.verdicts = verdicts;
        this.reviewers = reviewers;
    }

    void run(LineReader reader, ClaimQuery filter) {
        Terminal terminal = reader.getTerminal();
        PrintWriter out = terminal.writer();
        boolean colour = ShellStyle.colourTerminal(terminal);
        // Evidence URLs and notes are answers, not commands: they stay out of the shell's history.
        Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            ReviewerName reviewer = reviewers.current().orElseGet(() -> askReviewer(reader));
            Map<Long, Claim> skipped = new LinkedHashMap<>();
            Deque<Long> shown = new ArrayDeque<>();
            Long revisit = null;
            Claim onScreen = null;
            QueueProgress progress = new QueueProgress(claims, filter);
            VerdictEntry lastSaved = null;
            while (true) {
                long started = System.nanoTime();
                var next = revisit != null ? claims.find(new ClaimId(revisit)) : claims.nextPending(filter, skipped.values(), onScreen);
                revisit = null;
                if (next.isEmpty()) {
                    out.println(skipped.isEmpty() ? "Nothing pending" + (filter.equals(ClaimQuery.of(StatusFilter.PENDING, null))
                            ? ": every claim in the queue has a verdict." : " matches this filter.")
                            : "No more pending claims this round; " + skipped.size() + " skipped. Run 'review' again to see them.");
                    return;
                }
                onScreen = next.get();
                ClaimWithVerdicts claim = claimService.show(onScreen);
                ClaimCard.print(claim, progress.current(), colour, out);
                if (timing) {
                    out.flush();
                    CommandTiming.print(new PrintWriter(System.err, true, StandardCharsets.UTF_8), "review-next", started);
                }
                progress.shown();
                PickerChoice choice = picker.pick(terminal, colour);
                switch (choice.action()) {
                    case QUIT -> {
                        progress.recount();
                        out.println("Review stopped. " + progress.current().text());
                        return;
                    }
                    case INTERRUPT -> {
                        out.println("Claim " + claim.claim().id() + " abandoned; nothing saved.");
                        return;
                    }
                    case SKIP -> {
                        skipped.put(claim.claim().id(), claim.claim());
                        shown.push(claim.claim().id());
                    }
                    case BACK -> {
                        revisit = shown.isEmpty() ? claim.claim().id() : shown.pop();
                        if (shown.isEmpty() && revisit == claim.claim().id()) {
                            out.println("This is the first claim of the session.");
                        }
                        skipped.remove(revisit);
                    }
                    case UNDO -> {
                        if (lastSaved == null) {
                            out.println("Nothing saved in this review yet.");
                            revisit = claim.claim().id();
                        } else {
                            VerdictEntry undo = verdicts.undo(new ClaimId(lastSaved.claimId()), reviewer);
                            progress.recount();
                            out.println("Took back entry " + undo.retractsId() + " on claim " + undo.claimId() + ".");
                            revisit = lastSaved.claimId();
                            lastSaved = null;
                        }
                    }
                    case RATE -> {
                        lastSaved = save(reader, claim.claim().id(), choice.rating(), reviewer, out);
                        progress.saved(claim.claim().status());
                        shown.push(claim.claim().id());
                    }
                }
            }
        } catch (UserInterruptException | EndOfFileException e) {
            out.println();
            out.println("Claim abandoned; nothing saved.");
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
            out.flush();
        }
    }

    private VerdictEntry save(LineReader reader, long claimId, Rating rating, ReviewerName reviewer, PrintWriter out) {
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
        VerdictEntry saved = verdicts.record(new VerdictInput(new ClaimId(claimId), rating, evidence, note,
                reviewer, Instant.now()));
        out.println("Saved " + saved.rating().name() + " on claim " + claimId + " (entry " + saved.id()
                + "). Press z at the next claim to take it back.");
        return saved;
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
}
