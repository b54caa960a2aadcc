package io.factdesk.shell;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ClaimTextRenderer;
import io.factdesk.seeds.SeedRepository;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictRepository;

/** The values tab completion offers, read from the database when Tab is pressed. */
@Component
public class CompletionValues {

    private static final int MAX_CLAIMS = 50;

    /** A claim as a completion candidate. */
    public record ClaimChoice(long id, String snippet, String status) {
    }

    private final ClaimRepository claims;
    private final SeedRepository seeds;
    private final VerdictRepository verdicts;

    public CompletionValues(ClaimRepository claims, SeedRepository seeds, VerdictRepository verdicts) {
        this.claims = claims;
        this.seeds = seeds;
        this.verdicts = verdicts;
    }

    public List<ClaimChoice> claims(String idPrefix) {
        if (!idPrefix.chars().allMatch(Character::isDigit)) {
            return List.of();
        }
        return claims.completionCandidates(idPrefix, MAX_CLAIMS).stream()
                .map(c -> new ClaimChoice(c.id(), ClaimTextRenderer.snippet(c.text()), c.status().label()))
                .toList();
    }

    public List<String> ratings() {
        return Arrays.stream(Rating.values()).map(Rating::name).toList();
    }

    public List<String> seedNames() {
        return seeds.names().stream().sorted().toList();
    }

    public List<String> reviewers() {
        return verdicts.reviewers();
    }
}
