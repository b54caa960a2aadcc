package io.factdesk.claimviews;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.factdesk.claims.Claim;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.verdicts.VerdictEntry;

/**
 * A claim with each reviewer's current verdict on it (their newest verdict not taken back).
 */
public record ClaimWithVerdicts(Claim claim, List<VerdictEntry> current, List<NearDuplicate> duplicates) {

    public ClaimWithVerdicts {
        current = List.copyOf(current);
        duplicates = List.copyOf(duplicates);
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
