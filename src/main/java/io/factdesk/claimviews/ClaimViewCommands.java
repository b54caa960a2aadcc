package io.factdesk.claimviews;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Arguments;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimType;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.Json;
import io.factdesk.support.OptionValues;
import io.factdesk.support.OutputStyle;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.OutputFormat;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.ReviewerSession;

/** The commands that show claims with their verdicts: claims list, search and show. */
@Component
public class ClaimViewCommands {

    private final ClaimViewService service;
    private final OutputStyle style;
    private final ReviewerSession reviewers;
    private final BlindReview blind;
    private final io.factdesk.verdicts.KnownReviewers roster;

    public ClaimViewCommands(ClaimViewService service, OutputStyle style, ReviewerSession reviewers, BlindReview blind,
                             io.factdesk.verdicts.KnownReviewers roster) {
        this.roster = roster;
        this.service = service;
        this.style = style;
        this.reviewers = reviewers;
        this.blind = blind;
    }

    @Command(name = "claims list", group = "Claims", description = "List extracted claims",
            help = """
                    claims list [--status STATUS] [--seed NAME] [--type TYPE] [--min-score N] [--search WORDS]
                                [--mine | --assigned-to NAME] [--matched] [--limit N] [--offset N] [--format text|json]
                      Lists claims in seed order. STATUS: active (the default: the review queue, done and to do),
                      needs-review (fewer people's verdicts than the policy requires), pending (no verdict yet),
                      reviewed (as many agreeing verdicts as required), disputed (the verdicts differ),
                      judged (at least one verdict),
                      held (kept out of the queue by the extractor), stale (its sentence left the seed), all.
                      --mine: claims assigned to the session's reviewer; --assigned-to: to that reviewer.
                      --matched: claims that are the same claim, in other words, as one already judged
                      ('claims show ID' lists the earlier checks).
                      TYPE: statistic, event, attribution, ranking, policy, prediction, other.
                    Example: claims list --status pending --type statistic --min-score 0.5""")
    public void list(CommandContext ctx,
                     @Option(longName = "status", description = "a review state, pending, active (default) or all") String status,
                     @Option(longName = "seed", description = "only claims from this seed file") String seed,
                     @Option(longName = "type", description = "only claims of this type") String type,
                     @Option(longName = "min-score", description = "only claims scoring at least this (0 to 1)") String minScore,
                     @Option(longName = "search", description = "only claims containing all these words") String search,
                     @Option(longName = "mine", description = "only claims assigned to me") boolean mine,
                     @Option(longName = "assigned-to", description = "only claims assigned to this reviewer") String assignedTo,
                     @Option(longName = "matched", description = "only claims matching one already judged") boolean matched,
                     @Option(longName = "limit", description = "at most this many claims") String limit,
                     @Option(longName = "offset", description = "skip this many claims first") String offset,
                     @Option(longName = "unblind", description = "show others' verdicts in blind review (logged)") boolean unblind,
                     @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        if (mine && assignedTo != null) {
            throw FactdeskException.badInput("give --mine or --assigned-to, not both");
        }
        ClaimQuery query = new ClaimQuery(StatusFilter.parse(status), seed, type == null ? null : ClaimType.parse(type),
                OptionValues.decimal("--min-score", minScore), search,
                OptionValues.wholeNumber("--limit", limit, ClaimQuery.NO_LIMIT), OptionValues.wholeNumber("--offset", offset, 0),
                mine ? reviewers.resolve(null).value() : assignedTo == null ? null : known(new ReviewerName(assignedTo)).value()).matchedOnly(matched);
        print(blind.forViewer(service.list(query), reviewers.current(), unblind, "claims list"), fmt, ctx.outputWriter());
    }

    @Command(name = "claims search", group = "Claims", description = "Find claims by the words in them (full text)",
            help = """
                    claims search WORDS... [--status STATUS] [--limit N] [--format text|json]
                      Claims containing every word (any case, accents ignored); end a word with * to match its prefix.
                      Searches all claims unless --status narrows it; lists them in claim-id order.
                    Example: claims search success rate""")
    public void search(CommandContext ctx,
                       @Arguments List<String> words,
                       @Option(longName = "status", description = "all (default) or another status") String status,
                       @Option(longName = "limit", description = "at most this many claims") String limit,
                       @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        String text = words == null ? "" : String.join(" ", words);
        if (text.isBlank()) {
            throw FactdeskException.badInput("claims search needs the words to look for");
        }
        ClaimQuery query = new ClaimQuery(status == null ? StatusFilter.ALL : StatusFilter.parse(status), null, null,
                null, text, OptionValues.wholeNumber("--limit", limit, ClaimQuery.NO_LIMIT), 0);
        print(blind.forViewer(service.search(query), reviewers.current(), false, "claims search"), fmt, ctx.outputWriter());
    }

    /** With a roster, a name not on it is refused with the member probably meant, rather than matching nothing. */
    private ReviewerName known(ReviewerName name) {
        roster.requireKnown(name);
        return name;
    }

    private void print(List<ClaimWithVerdicts> claims, OutputFormat fmt, PrintWriter out) {
        if (fmt == OutputFormat.JSON) {
            out.println(Json.write(claims.stream().map(ClaimJson::of).toList()));
        } else {
            ClaimTextRenderer.table(claims, out, style.current());
        }
    }

    @Command(name = "claims show", group = "Claims", description = "Show one claim in context, with why it was picked",
            help = """
                    claims show ID [--unblind] [--format text|json]
                      Shows the sentence with the sentences before and after it, its score, type and reasons,
                      and every reviewer's current verdict. In blind review, other people's verdicts are hidden
                      until you have judged the claim; --unblind shows them and is recorded in the desk log.
                    Example: claims show 12""")
    public void show(CommandContext ctx, @Argument(index = 0, description = "claim id") String id,
                     @Option(longName = "unblind", description = "show others' verdicts in blind review (logged)") boolean unblind,
                     @Option(longName = "format", description = "text (default) or json") String format) {
        OutputFormat fmt = OutputFormat.parse(format);
        ClaimWithVerdicts claim = blind.forViewer(service.show(ClaimId.parse(id)), reviewers.current(), unblind, "claims show");
        if (fmt == OutputFormat.JSON) {
            ctx.outputWriter().println(Json.write(ClaimJson.of(claim)));
        } else {
            ClaimTextRenderer.detail(claim, ctx.outputWriter(), style.current());
            ClaimTextRenderer.signOff(claim.signOff(), ctx.outputWriter());
        }
    }
}
