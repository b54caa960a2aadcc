package io.factdesk.claimviews;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.factdesk.claims.DeskEventKind;
import io.factdesk.verdicts.Rating;

/**
 * What the editors did with a claim, read from its desk log: the sign-off (approval or decision) that
 * published it, the corrections since, in order, and the returns to reviewers.
 */
public record SignOff(Optional<DeskStep> signedOff, List<DeskStep> corrections, List<DeskStep> returns) {

    /** A claim no editor has touched. */
    public static final SignOff NONE = new SignOff(Optional.empty(), List.of(), List.of());

    public SignOff {
        corrections = List.copyOf(corrections);
        returns = List.copyOf(returns);
    }

    public static SignOff of(List<DeskStep> steps) {
        return new SignOff(steps.stream().filter(s -> s.kind().signsOff()).findFirst(),
                steps.stream().filter(s -> s.kind() == DeskEventKind.CORRECT).toList(),
                steps.stream().filter(s -> s.kind() == DeskEventKind.RETURN).toList());
    }

    public boolean published() {
        return signedOff.isPresent();
    }

    /** The rating published: the last correction's, else the one signed off. */
    public Optional<Rating> finalRating() {
        return corrections.isEmpty() ? signedOff.map(DeskStep::rating) : Optional.of(corrections.get(corrections.size() - 1).rating());
    }

    /** When the published rating last changed: the last correction, else the sign-off. */
    public Optional<Instant> modifiedAt() {
        return corrections.isEmpty() ? signedOff.map(DeskStep::recordedAt)
                : Optional.of(corrections.get(corrections.size() - 1).recordedAt());
    }

    /** The editor's decision on a dispute, if that is how the claim was signed off. */
    public Optional<DeskStep> decision() {
        return signedOff.filter(s -> s.kind() == DeskEventKind.DECIDE);
    }
}
