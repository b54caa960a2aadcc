package io.factdesk.review;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import io.factdesk.claims.KnownSeeds;
import io.factdesk.claims.StatusFilter;
import io.factdesk.claimviews.ClaimViewService;
import io.factdesk.claimviews.ClaimWithVerdicts;
import io.factdesk.db.ConnectionLostException;
import io.factdesk.seeds.SeedRepository;
import io.factdesk.support.CommandTiming;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.ShellStyle;
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
 * claim on screen. 'b' goes back to the previous claim. 'z' takes back this review's own saves,
 * newest first, each by its entry id: another shell under the same reviewer name may be saving
 * too, and its verdicts are never the ones taken back.
 */
@Component
public class ReviewLoop {

    /** How a notice of a save ends while the review goes on; at its end, the notice names the command instead. */
    static final String UNDO_HINT = " Press z to take it back.";

    private final ClaimRepository claims;
    private final ClaimViewService claimViews;
    private final VerdictService verdicts;
    private final ReviewerSession reviewers;
    private final SeedRepository seeds;
    private final VerdictPicker picker = new VerdictPicker();
    private final boolean timing;

    private final ReviewQueue queue;
    private final io.factdesk.claimviews.BlindReview blind;
    private final io.factdesk.claimviews.DeskStepRepository deskSteps;
    private final Reuse reuse;

    public ReviewLoop(ClaimRepository claims, ClaimViewService claimViews, VerdictService verdicts,
                      ReviewerSession reviewers, SeedRepository seeds, ReviewQueue queue,
                      io.factdesk.claimviews.BlindReview blind, io.factdesk.claimviews.DeskStepRepository deskSteps,
                      Reuse reuse, @Value("${factdesk.timing:false}") boolean timing) {
        this.reuse = reuse;
        this.deskSteps = deskSteps;
        this.queue = queue;
        this.blind = blind;
        this.timing = timing;
        this.seeds = seeds;
        this.claims = claims;
        this.claimViews = claimViews;
        this.verdicts = verdicts;
        this.reviewers = reviewers;
    }

    void run(LineReader reader, ClaimQuery filter, boolean judgedToo) {
        KnownSeeds.require(filter.seedName(), claims::seedNames);
        Terminal terminal = reader.getTerminal();
        PrintWriter out = terminal.writer();
        boolean colour = ShellStyle.colourTerminal(terminal);
        // Opened before the history is switched off: when the database fails here, nothing is left to restore.
        ReviewQueue.Session session = queue.open();
        // Evidence URLs and notes are answers, not commands: they stay out of the shell's history.
        Object history = reader.getVariable(LineReader.DISABLE_HISTORY);
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            ReviewerName reviewer = reviewers.current().orElseGet(() -> askReviewer(reader));
            verdicts.requireKnown(reviewer);   // before the first card, not after its evidence and note
            Map<Long, Claim> skipped = new LinkedHashMap<>();
            Deque<Long> shown = new ArrayDeque<>();
            Long revisit = null;
            Claim onScreen = null;
            QueueProgress progress = new QueueProgress(claims, filter);
            // The entries this review saved, newest on top: what 'z' takes back, one per press.
            Deque<VerdictEntry> saves = new ArrayDeque<>();
            boolean savedAny = false;
            Map<String, Optional<String>> sourceUrls = new HashMap<>();
            List<String> notices = new ArrayList<>();
            boolean lostBefore = false;
            while (true) {
                Long wanted = revisit;
                try {
                    long started = System.nanoTime();
                    var next = revisit != null ? claims.find(new ClaimId(revisit))
                            : queue.next(filter, reviewer.value(), session, judgedToo, skipped.values(), onScreen);
                    if (revisit != null && next.isPresent() && !queue.hold(revisit, reviewer.value(), session)) {
                        notices.add("Claim " + revisit + " is on another reviewer's screen now.");
                        next = queue.next(filter, reviewer.value(), session, judgedToo, skipped.values(), onScreen);
                    }
                    revisit = null;
                    if (next.isEmpty()) {
                        // The review ends here, and 'z' with it: the last save is taken back by its command.
                        VerdictEntry last = saves.peek();
                        notices.replaceAll(n -> last == null || !n.endsWith(UNDO_HINT) ? n
                                : n.substring(0, n.length() - UNDO_HINT.length()) + " 'undo " + last.claimId() + "' takes it back.");
                        notices.forEach(out::println);
                        out.println(skipped.isEmpty() ? "Nothing to review" + (filter.equals(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null))
                                ? ": no claim needs a review from " + io.factdesk.support.TerminalText.safe(reviewer.value()) + "." : " matches this filter.")
                                : "Nothing more to review this round; " + skipped.size() + " skipped. Run 'review' again to see them.");
                        return;
                    }
                    onScreen = next.get();
                    if (onScreen.returned()) {
                        returnedTo(onScreen.id(), reviewer.value()).ifPresent(notices::add);
                    }
                    ClaimWithVerdicts claim = blind.forViewer(claimViews.show(onScreen), Optional.of(reviewer), false, "review");
                    String sourceUrl = sourceUrls.computeIfAbsent(onScreen.seedName(),
                            name -> Optional.ofNullable(seeds.sourceUrlOf(name))).orElse(null);
                    int columns = terminal.getWidth();
                    int rows = terminal.getHeight() <= 0 ? 0
                            : Math.max(1, terminal.getHeight() - VerdictPicker.height(columns) - 1);
                    ClaimCard.print(claim, progress.current(), sourceUrl, notices, new ShellStyle(colour), columns, rows, out);
                    notices.clear();
                    lostBefore = false;
                    if (timing) {
                        out.flush();
                        CommandTiming.print(new PrintWriter(System.err, true, StandardCharsets.UTF_8), "review-next", started);
                    }
                    queue.settle(session, onScreen.id());   // the claim shown before comes free, after the card is up
                    progress.shown();
                    PickerChoice choice = picker.pick(terminal, colour);
                    switch (choice.action()) {
                        case QUIT -> {
                            notices.forEach(out::println);
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
                            revisit = claim.claim().id();
                            progress.recount();
                            if (saves.isEmpty()) {
                                notices.add(savedAny ? "Nothing more to take back from this review."
                                        : "Nothing saved in this review yet.");
                            } else {
                                VerdictEntry target = saves.pop();
                                try {
                                    VerdictEntry undo = verdicts.retract(target.id());
                                    notices.add("Took back entry " + undo.retractsId() + " (" + target.rating().name()
                                            + " on claim " + undo.claimId() + ")" + (saves.isEmpty() ? "."
                                            : "; z again takes back entry " + saves.peek().id() + "."));
                                    revisit = target.claimId();
                                    skipped.remove(target.claimId());
                                } catch (FactdeskException e) {
                                    // Taken back or replaced meanwhile (another shell under this name): say so, change nothing.
                                    notices.add("Not taken back: " + e.getMessage() + ".");
                                }
                            }
                        }
                        case REUSE -> {
                            revisit = claim.claim().id();
                            Reuse.Outcome reused = reuse.apply(claim, reviewer);
                            notices.add(reused.notice());
                            if (reused.saved() != null) {
                                saves.push(reused.saved());
                                savedAny = true;
                                revisit = null;
                                claims.find(new ClaimId(reused.saved().claimId()))
                                        .ifPresent(now -> progress.saved(claim.claim().state(), now.state()));
                                shown.push(claim.claim().id());
                            }
                        }
                        case RATE -> {
                            VerdictEntry saved;
                            try {
                                if (verdicts.isPublished(new ClaimId(claim.claim().id()))) {
                                    // an editor signed it off while it was on screen: nothing to ask evidence for
                                    notices.add("Not saved: an editor has published claim " + claim.claim().id()
                                            + " meanwhile; only a public correction changes it now.");
                                    shown.push(claim.claim().id());
                                    continue;
                                }
                                saved = save(reader, claim.claim().id(), choice.rating(), reviewer, out);
                            } catch (FactdeskException e) {
                                // published (or taken out) between the check and the save: say so, keep reviewing
                                notices.add("Not saved: " + e.getMessage() + ".");
                                shown.push(claim.claim().id());
                                continue;
                            }
                            saves.push(saved);
                            savedAny = true;
                            notices.add("Saved " + saved.rating().name() + " on claim " + saved.claimId() + " (entry "
                                    + saved.id() + ")." + UNDO_HINT);
                            claims.find(new ClaimId(saved.claimId()))
                                    .ifPresent(now -> progress.saved(claim.claim().state(), now.state()));
                            shown.push(claim.claim().id());
                        }
                    }
                } catch (ConnectionLostException e) {
                    // the server ended the connection under a read: the next attempt connects again; twice running ends the review
                    if (lostBefore) {
                        throw e;
                    }
                    lostBefore = true;
                    notices.add(e.getMessage().replace("; run the command again", "; connected again") + ".");
                    revisit = wanted;
                }
            }
        } catch (UserInterruptException | EndOfFileException e) {
            out.println();
            out.println("Claim abandoned; nothing saved.");
        } finally {
            queue.release(session.holder());
            reader.setVariable(LineReader.DISABLE_HISTORY, history == null ? false : history);
            out.flush();
        }
    }

    /** The editor's comment on the claim when it was sent back to this reviewer, for the top of the card. */
    private Optional<String> returnedTo(long claimId, String reviewer) {
        return deskSteps.of(claimId).stream()
                .filter(s -> s.kind() == io.factdesk.claims.DeskEventKind.RETURN && s.reviewer().equals(reviewer))
                .reduce((first, last) -> last)
                .map(s -> "Returned to you by " + io.factdesk.support.TerminalText.safe(s.actor()) + ": "
                        + io.factdesk.support.TerminalText.safe(s.detail()));
    }

    private VerdictEntry save(LineReader reader, long claimId, Rating rating, ReviewerName reviewer, PrintWriter out) {
        VerdictPrompt.Answer answer = VerdictPrompt.ask(reader, rating, out);
        return verdicts.record(new VerdictInput(new ClaimId(claimId), rating, answer.evidence(), answer.note(), reviewer,
                Instant.now()));
    }

    private ReviewerName askReviewer(LineReader reader) {
        while (true) {
            try {
                ReviewerName name = new ReviewerName(reader.readLine("Reviewer name: "));
                verdicts.requireKnown(name);
                reviewers.set(name);
                return name;
            } catch (FactdeskException e) {
                reader.getTerminal().writer().println("  " + e.getMessage());
            }
        }
    }
}
