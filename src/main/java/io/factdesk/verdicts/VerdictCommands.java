package io.factdesk.verdicts;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandOption;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimId;
import io.factdesk.support.Json;
import io.factdesk.support.OutputFormat;
import io.factdesk.support.RepeatableOption;
import io.factdesk.support.TerminalText;

@Component
public class VerdictCommands {

    private final VerdictService service;
    private final GroupVerdictService groupService;
    private final ReviewerSession reviewers;

    public VerdictCommands(VerdictService service, GroupVerdictService groupService, ReviewerSession reviewers) {
        this.service = service;
        this.groupService = groupService;
        this.reviewers = reviewers;
    }

    @Command(name = "verdict", group = "Verdicts", description = "Record a verdict on a claim",
            help = """
                    verdict ID RATING --evidence URL [--evidence URL ...] --note TEXT [--reviewer NAME] [--format text|json]
                      RATING: TRUE, MOSTLY_TRUE, HALF_TRUE, MOSTLY_FALSE, FALSE (need evidence), UNVERIFIABLE,
                      NOT_CHECKWORTHY (takes the claim out of the queue). Any case; 'mostly-true' works.
                      Repeat --evidence for several URLs, or give several separated by spaces in one quoted value.
                      The reviewer comes from --reviewer, the 'reviewer' command, or FACTDESK_REVIEWER.
                    Example: verdict 12 mostly-true --evidence https://example.org/a --note "Figure is from 2023" --reviewer Lan""")
    public void verdict(CommandContext ctx,
                        @Argument(index = 0, description = "claim id") String id,
                        @Argument(index = 1, description = "rating") String rating,
                        @Option(longName = "evidence", description = "evidence URL (http or https); repeatable")
                        @RepeatableOption String evidence,
                        @Option(longName = "note", description = "why this verdict") String note,
                        @Option(longName = "reviewer", description = "who decides") String reviewer,
                        @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        VerdictInput input = new VerdictInput(ClaimId.parse(id), Rating.parse(rating), evidence(ctx),
                new Note(note), reviewers.resolve(reviewer), Instant.now());
        VerdictEntry saved = service.record(input);
        if (fmt == OutputFormat.JSON) {
            ctx.outputWriter().println(Json.write(VerdictJson.of(saved)));
        } else {
            ctx.outputWriter().println("recorded " + saved.rating().name() + " on claim " + saved.claimId()
                    + " by " + TerminalText.safe(saved.reviewer()) + " (entry " + saved.id() + ")");
        }
        if (saved.rating().isRated() && saved.evidence().stream().map(EvidenceUrl::host).distinct().count() == 1) {
            System.err.println("note: the evidence is all on one site (" + TerminalText.safe(EvidenceUrl.host(saved.evidence().get(0)))
                    + "); the report will flag a single source");
        }
    }

    @Command(name = "reviewer", group = "Verdicts", description = "Set or show the reviewer for this session",
            help = """
                    reviewer [NAME]
                      Sets the reviewer for the rest of the shell session; without NAME, shows it.
                      FACTDESK_REVIEWER gives a default.
                    Example: reviewer "Nguyễn Thị Lan\"""")
    public void reviewer(CommandContext ctx, @Argument(index = 0, description = "reviewer name") String name) {
        PrintWriter out = ctx.outputWriter();
        if (name == null || name.isBlank()) {
            out.println(reviewers.current().map(r -> TerminalText.safe(r.value())).orElse("no reviewer set"));
            return;
        }
        ReviewerName reviewer = new ReviewerName(name);
        service.requireKnown(reviewer);   // refused now rather than at the first verdict
        reviewers.set(reviewer);
        out.println("reviewer is now " + TerminalText.safe(reviewers.current().orElseThrow().value()));
    }

    @Command(name = "undo", group = "Verdicts", description = "Take back your latest verdict on a claim",
            help = """
                    undo ID [--reviewer NAME]
                      Appends a retraction of the reviewer's own newest verdict on the claim; their earlier verdict,
                      if any, becomes current again. Other reviewers' verdicts are never touched. Nothing is deleted.
                    Example: undo 12""")
    public void undo(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                     @Option(longName = "reviewer", description = "whose verdict to take back") String reviewer) {
        VerdictEntry retraction = service.undo(ClaimId.parse(id), reviewers.resolve(reviewer));
        ctx.outputWriter().println("retracted entry " + retraction.retractsId() + " on claim " + retraction.claimId()
                + " (entry " + retraction.id() + ")");
    }

    @Command(name = "apply-group", group = "Verdicts", description = "Copy your verdict on a claim to its near-duplicates and matches",
            help = """
                    apply-group ID [--reviewer NAME]
                      Records the reviewer's current verdict on claim ID (rating, evidence, note) as that reviewer's
                      verdict on every other claim of its near-duplicate group and on every claim that is the same
                      claim in other words (a semantic match).
                      Claims where the reviewer already gave the same rating are left alone.
                    Example: apply-group 38""")
    public void applyGroup(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                           @Option(longName = "reviewer", description = "whose verdict to apply") String reviewer) {
        GroupVerdictService.Applied applied = groupService.applyToGroup(ClaimId.parse(id), reviewers.resolve(reviewer));
        List<VerdictEntry> written = applied.written();
        if (!written.isEmpty() || applied.published().isEmpty()) {
            ctx.outputWriter().println(written.isEmpty() ? "nothing to do: every near-duplicate and match already has that rating"
                    : "applied to claims " + written.stream().map(e -> Long.toString(e.claimId()))
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
        if (!applied.published().isEmpty()) {
            ctx.outputWriter().println("left alone, published: claims " + applied.published().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", ")) + " (a change there is a correction)");
        }
    }

    /** Every --evidence given, each split on whitespace, so both repeated options and one quoted list work. */
    static List<EvidenceUrl> evidence(CommandContext ctx) {
        return EvidenceUrl.parseAll(ctx.parsedInput().options().stream()
                .filter(o -> "evidence".equals(o.longName()) && o.value() != null).map(CommandOption::value).toList());
    }
}
