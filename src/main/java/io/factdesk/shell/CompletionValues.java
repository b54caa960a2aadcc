package io.factdesk.shell;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.ClaimType;
import io.factdesk.claims.StatusFilter;
import io.factdesk.claimviews.ClaimTextRenderer;
import io.factdesk.importing.ImportFormat;
import io.factdesk.reporting.ReportFormat;
import io.factdesk.seeds.SeedRepository;
import io.factdesk.support.OutputFormat;
import io.factdesk.team.Roster;
import io.factdesk.team.TeamRole;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictRepository;

/**
 * The values tab completion offers: fixed choices from the enums that parse them (so a format or status added
 * there is offered here too), and claims, seeds and reviewers read from the database when Tab is pressed.
 */
@Component
public class CompletionValues {

    private static final int MAX_CLAIMS = 50;

    /** Claims a verdict can be given on or copied from: the queue, done and to do. */
    static final Set<ClaimStatus> QUEUE = StatusFilter.ACTIVE.statuses();
    /** Claims with a verdict: what an editor signs off, decides, returns or corrects. */
    static final Set<ClaimStatus> JUDGED = StatusFilter.JUDGED.statuses();
    /** Claims held back by the extractor, which 'claims promote' puts into the queue. */
    static final Set<ClaimStatus> HELD = StatusFilter.HELD.statuses();
    /** Every claim whose sentence is still in its seed. */
    static final Set<ClaimStatus> CURRENT = EnumSet.complementOf(EnumSet.of(ClaimStatus.STALE));

    /** A claim as a completion candidate. */
    public record ClaimChoice(long id, String snippet, String status) {
    }

    private final ClaimRepository claims;
    private final SeedRepository seeds;
    private final VerdictRepository verdicts;
    private final Roster roster;

    public CompletionValues(ClaimRepository claims, SeedRepository seeds, VerdictRepository verdicts, Roster roster) {
        this.claims = claims;
        this.seeds = seeds;
        this.verdicts = verdicts;
        this.roster = roster;
    }

    /** Claims whose id starts with the digits typed, in id order (9 before 10). */
    public List<ClaimChoice> claims(String idPrefix, Set<ClaimStatus> statuses) {
        if (!idPrefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return List.of();
        }
        return claims.completionCandidates(idPrefix, statuses, MAX_CLAIMS).stream()
                .map(c -> new ClaimChoice(c.id(), ClaimTextRenderer.snippet(c.text()), c.state().label()))
                .toList();
    }

    public List<String> ratings() {
        return Arrays.stream(Rating.values()).map(Rating::name).toList();
    }

    public List<String> statuses() {
        return Arrays.stream(StatusFilter.values()).map(StatusFilter::label).toList();
    }

    public List<String> claimTypes() {
        return Arrays.stream(ClaimType.values()).map(ClaimType::label).toList();
    }

    public List<String> outputFormats() {
        return Arrays.stream(OutputFormat.values()).map(OutputFormat::label).toList();
    }

    public List<String> reportFormats() {
        return ReportFormat.labels();
    }

    public List<String> scorers() {
        return io.factdesk.claims.Scorer.labels();
    }

    public List<String> importFormats() {
        return Arrays.stream(ImportFormat.values()).map(ImportFormat::label).toList();
    }

    public List<String> seedNames() {
        return seeds.names().stream().sorted().toList();
    }

    /** Who may record verdicts: the team's active members, or with no team everyone in the log. */
    public List<String> reviewers() {
        List<String> team = roster.activeNames();
        return team.isEmpty() ? verdicts.reviewers() : team;
    }

    /** Everyone in the log: the names a desk starting a roster adds as they are already written. */
    public List<String> reviewersInLog() {
        return verdicts.reviewers();
    }

    public List<String> teamMembers() {
        return roster.activeNames();
    }

    public List<String> teamRoles() {
        return Arrays.stream(TeamRole.values()).map(TeamRole::label).toList();
    }
}
