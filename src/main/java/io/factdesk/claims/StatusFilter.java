package io.factdesk.claims;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * The --status choices of claims list, claims count and export: the review states, plus pending (no one
 * has judged it yet), awaiting-signoff (reviewed or disputed), judged (any verdict), active (the queue,
 * done and to do) and all. {@link #statuses()} are the stored queue
 * statuses a choice is drawn from; the review states narrow them by the team's policy.
 */
public enum StatusFilter {
    /** The default: the review queue, done and to do. */
    ACTIVE(EnumSet.of(ClaimStatus.PENDING, ClaimStatus.REVIEWED)),
    NEEDS_REVIEW(EnumSet.of(ClaimStatus.PENDING, ClaimStatus.REVIEWED)),
    PENDING(EnumSet.of(ClaimStatus.PENDING)),
    /** Sent back by an editor to a reviewer who has not answered yet. */
    RETURNED(EnumSet.of(ClaimStatus.PENDING, ClaimStatus.REVIEWED)),
    REVIEWED(EnumSet.of(ClaimStatus.REVIEWED)),
    DISPUTED(EnumSet.of(ClaimStatus.REVIEWED)),
    /** Waiting for an editor: reviewed (to sign off) or disputed (to decide). */
    AWAITING_SIGNOFF(EnumSet.of(ClaimStatus.REVIEWED)),
    /** Signed off by an editor; a claim stays published when its sentence leaves the seed. */
    PUBLISHED(EnumSet.of(ClaimStatus.REVIEWED, ClaimStatus.STALE)),
    /** At least one live verdict, whatever the policy asks for: what the verification report covers. */
    JUDGED(EnumSet.of(ClaimStatus.REVIEWED)),
    HELD(EnumSet.of(ClaimStatus.HELD)),
    STALE(EnumSet.of(ClaimStatus.STALE)),
    ALL(EnumSet.allOf(ClaimStatus.class));

    private final Set<ClaimStatus> statuses;

    StatusFilter(Set<ClaimStatus> statuses) {
        this.statuses = statuses;
    }

    /** The name given to --status and offered by tab completion. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public Set<ClaimStatus> statuses() {
        return statuses;
    }

    public static StatusFilter parse(String text) {
        if (text == null || text.isBlank()) {
            return ACTIVE;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(f -> f.label().equals(wanted)).findFirst()
                .orElseThrow(() -> FactdeskException.badInput("unknown status '" + TerminalText.safe(text)
                        + "'; one of " + Arrays.stream(values()).map(StatusFilter::label).collect(Collectors.joining(", "))));
    }
}
