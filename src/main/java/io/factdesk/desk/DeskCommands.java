package io.factdesk.desk;

import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimId;
import io.factdesk.claimviews.DeskStep;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.ReviewerSession;

/** The editor's one-shot steps; 'desk' is the interactive loop over the same service. */
@Component
class DeskCommands {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final DeskService service;
    private final ReviewerSession reviewers;

    DeskCommands(DeskService service, ReviewerSession reviewers) {
        this.service = service;
        this.reviewers = reviewers;
    }

    @Command(name = "approve", group = "Editor's desk", description = "Sign off a reviewed claim: it is published",
            help = """
                    approve ID [--note TEXT] [--reviewer NAME]
                      Publishes the rating the reviewers agree on, with who approved it and when. Only a claim that is
                      reviewed under the policy can be approved; a disputed one is decided. An editor cannot approve a
                      claim whose only verdict is their own (exit 3) unless 'policy set self-approval on'.
                      With a roster, only editors may approve. The editor is named as a reviewer is.
                    Example: approve 12 --note "Checked against the ministry's table" --reviewer Hà""")
    public void approve(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                        @Option(longName = "note", description = "the editor's note (optional)") String note,
                        @Option(longName = "reviewer", description = "the editor") String editor) {
        DeskStep step = service.approve(ClaimId.parse(id), new Note(note), editor(editor));
        print(ctx.outputWriter(), step, "approved");
    }

    @Command(name = "decide", group = "Editor's desk", description = "Settle a disputed claim with the editor's rating",
            help = """
                    decide ID RATING --note TEXT [--reviewer NAME]
                      The editorial verdict on a disputed claim: it is published with this rating; the reviewers'
                      entries stay in the log. RATING as for 'verdict'.
                    Example: decide 12 half-true --note "The figure is right, the comparison is not" --reviewer Hà""")
    public void decide(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                       @Argument(index = 1, description = "rating") String rating,
                       @Option(longName = "note", description = "why this rating") String note,
                       @Option(longName = "reviewer", description = "the editor") String editor) {
        DeskStep step = service.decide(ClaimId.parse(id), Rating.parse(rating), new Note(note), editor(editor));
        print(ctx.outputWriter(), step, "decided");
    }

    @Command(name = "return", group = "Editor's desk", description = "Send a claim back to its reviewer(s) with a comment",
            help = """
                    return ID --note TEXT [--to NAME] [--reviewer NAME]
                      The claim goes back into the queue of the reviewer named by --to (one with a verdict on it), else
                      of everyone with a verdict on it, ahead of their other claims; the comment shows on their card.
                      Their next verdict on it answers the return.
                    Example: return 12 --note "The source is from 2019; find this year's figure" --to Lan""")
    public void returnClaim(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                            @Option(longName = "note", description = "what to look at again") String note,
                            @Option(longName = "to", description = "the reviewer to send it to") String to,
                            @Option(longName = "reviewer", description = "the editor") String editor) {
        ReviewerName toName = to == null || to.isBlank() ? null : new ReviewerName(to);
        DeskService.Returned returned = service.returnClaim(ClaimId.parse(id), new Note(note), toName, editor(editor));
        PrintWriter out = ctx.outputWriter();
        if (!returned.sentTo().isEmpty()) {
            out.println("returned claim " + returned.claimId() + " to " + TerminalText.safe(String.join(", ", returned.sentTo())));
        }
        if (!returned.alreadyOpen().isEmpty()) {
            out.println("claim " + returned.claimId() + " is already back with " + TerminalText.safe(String.join(", ",
                    returned.alreadyOpen())) + "; nothing changed for them");
        }
    }

    @Command(name = "correct", group = "Editor's desk", description = "Change a published claim's rating in the open",
            help = """
                    correct ID RATING --note TEXT [--reviewer NAME]
                      Appends a public correction: reports show "Corrected on DATE" with the old and new rating and the
                      text, and the ClaimReview export carries the new rating and dateModified. Nothing is overwritten.
                    Example: correct 12 false --note "An earlier version rated this half true; the 2024 figure was revised"
                    """)
    public void correct(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                        @Argument(index = 1, description = "rating") String rating,
                        @Option(longName = "note", description = "the public correction text") String note,
                        @Option(longName = "reviewer", description = "the editor") String editor) {
        DeskStep step = service.correct(ClaimId.parse(id), Rating.parse(rating), new Note(note), editor(editor));
        ctx.outputWriter().println("corrected claim " + step.claimId() + ": " + (step.previousRating() == step.rating()
                ? step.rating().name() + " (rating unchanged; the text corrected)" : step.previousRating().name() + " -> "
                + step.rating().name()) + " by " + TerminalText.safe(step.actor()) + " at " + MINUTE.format(step.recordedAt())
                + " (desk entry " + step.id() + ")");
    }

    private ReviewerName editor(String explicit) {
        return reviewers.resolve(explicit);
    }

    private static void print(PrintWriter out, DeskStep step, String what) {
        out.println(what + " claim " + step.claimId() + " as " + step.rating().name() + ": published by "
                + TerminalText.safe(step.actor()) + " at " + MINUTE.format(step.recordedAt()) + " (desk entry " + step.id() + ")");
    }
}
