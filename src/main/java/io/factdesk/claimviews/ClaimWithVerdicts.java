package io.factdesk.claimviews;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.factdesk.claims.Claim;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.verdicts.VerdictEntry;

/**
 * A claim with each reviewer's current verdict on it (their newest verdict not taken back), and what the
 * editors did with it (its sign-off, corrections and returns).
 * {@code hidden} counts the current verdicts left out because the team reviews blind and the viewer
 * has not judged the claim yet.
 */
public record ClaimWithVerdicts(Claim claim, List<VerdictEntry> current, List<NearDuplicate> duplicates, int hidden,
                                SignOff signOff, List<AlreadyChecked> matches) {

    public ClaimWithVerdicts {
        current = List.copyOf(current);
        duplicates = List.copyOf(duplicates);
        signOff = signOff == null ? SignOff.NONE : signOff;
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    public ClaimWithVerdicts(Claim claim, List<VerdictEntry> current, List<NearDuplicate> duplicates, int hidden,
                             SignOff signOff) {
        this(claim, current, duplicates, hidden, signOff, List.of());
    }

    public ClaimWithVerdicts(Claim claim, List<VerdictEntry> current, List<NearDuplicate> duplicates) {
        this(claim, current, duplicates, 0, SignOff.NONE);
    }

    /**
     * The claim without the other reviewers' verdicts, for a viewer who has not judged it in blind mode; the
     * earlier claims it matches keep only their published ratings, since another wording of the same claim would
     * show the colleague's verdict all the same.
     */
    public ClaimWithVerdicts blinded() {
        return new ClaimWithVerdicts(claim, List.of(), duplicates, hidden + current.size(), signOff,
                matches.stream().filter(AlreadyChecked::published).toList());
    }

    /** Whether blinding leaves the claim as it is: no one's verdict in, and every earlier check shown published. */
    public boolean nothingToBlind() {
        return current.isEmpty() && matches.stream().allMatch(AlreadyChecked::published);
    }

    public ClaimWithVerdicts withMatches(List<AlreadyChecked> matches) {
        return new ClaimWithVerdicts(claim, current, duplicates, hidden, signOff, matches);
    }

    /** The rating to show for the claim: the published one once an editor signed it off, else the reviewers'. */
    public String shownRating() {
        return ratingInForce().map(Enum::name).orElseGet(() -> disputed() ? "DISPUTED" : "-");
    }

    /** The published rating, else the reviewers' when they agree; empty while disputed or unjudged. */
    public Optional<io.factdesk.verdicts.Rating> ratingInForce() {
        if (signOff.finalRating().isPresent()) {
            return signOff.finalRating();
        }
        return disputed() ? Optional.empty() : latest().map(VerdictEntry::rating);
    }

    public ClaimWithVerdicts(Claim claim, List<VerdictEntry> current) {
        this(claim, current, List.of());
    }

    /** The newest current verdict across reviewers, if any. */
    public Optional<VerdictEntry> latest() {
        return current.stream().max(Comparator.comparingLong(VerdictEntry::id));
    }

    /** Whether reviewers' current verdicts disagree. */
    public boolean disputed() {
        return current.stream().map(VerdictEntry::rating).distinct().count() > 1;
    }
}
