package io.factdesk.verdicts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import io.factdesk.claims.ClaimId;
import io.factdesk.claims.DuplicateGroupRepository;
import io.factdesk.claims.NearDuplicate;
import io.factdesk.db.Transactions;
import io.factdesk.support.FactdeskException;

/**
 * Copies a reviewer's current verdict on one claim to the other claims of its near-duplicate group and to the
 * claims it matches semantically (the same claim in other words), as that reviewer's own verdict on each, all
 * in one transaction.
 * Rating, evidence and note are copied unchanged; each copy records the entry it came from
 * (applied_from_id), which history and the reports show as "applied from claim N (entry M)".
 */
@Service
public class GroupVerdictService {

    private final VerdictService verdictService;
    private final VerdictRepository verdicts;
    private final DuplicateGroupRepository groups;
    private final io.factdesk.claims.ClaimMatchRepository matches;
    private final Transactions transactions;

    public GroupVerdictService(VerdictService verdictService, VerdictRepository verdicts,
                               DuplicateGroupRepository groups, io.factdesk.claims.ClaimMatchRepository matches,
                               Transactions transactions) {
        this.verdictService = verdictService;
        this.verdicts = verdicts;
        this.groups = groups;
        this.matches = matches;
        this.transactions = transactions;
    }

    /** What apply-group wrote, and the near-duplicates it left alone because an editor has published them. */
    public record Applied(List<VerdictEntry> written, List<Long> published) {
    }

    /**
     * Returns the new entries; members where the reviewer already has the same rating are left alone, and so
     * are published members (their rating changes only by a correction).
     */
    public Applied applyToGroup(ClaimId id, ReviewerName reviewer) {
        return transactions.inTransaction(() -> {
            VerdictEntry source = current(id, reviewer).orElseThrow(() -> FactdeskException.conflict(
                    "claim " + id + " has no verdict by " + reviewer.value() + " to apply"));
            java.util.Set<Long> others = new java.util.LinkedHashSet<>();
            groups.othersInGroup(id.value()).stream().map(NearDuplicate::claimId).forEach(others::add);
            others.addAll(matches.matchesOf(id.value()));
            if (others.isEmpty()) {
                throw FactdeskException.conflict("claim " + id + " has no near-duplicates or matching claims");
            }
            List<VerdictEntry> written = new ArrayList<>();
            List<Long> published = new ArrayList<>();
            for (long other : others) {
                ClaimId target = new ClaimId(other);
                if (current(target, reviewer).map(v -> v.rating() == source.rating()).orElse(false)) {
                    continue;
                }
                if (verdictService.isPublished(target)) {
                    published.add(target.value());
                    continue;
                }
                // The note is copied as it is; the link to the source is the entry's applied_from_id.
                written.add(verdictService.record(new VerdictInput(target, source.rating(),
                        source.evidence().stream().map(EvidenceUrl::new).toList(), new Note(source.note()), reviewer,
                        Instant.now()), source.id()));
            }
            return new Applied(written, published);
        });
    }

    /**
     * Records, as the reviewer's verdict on {@code target}, the earlier check of the same claim on {@code source}:
     * its current verdict with the rating in force (the newest such entry), evidence and note, citing the entry
     * it came from (applied_from_id) and saying so in the note.
     */
    public VerdictEntry reuse(ClaimId target, ClaimId source, io.factdesk.verdicts.Rating rating, ReviewerName reviewer) {
        return transactions.inTransaction(() -> {
            VerdictEntry from = verdicts.live(List.of(source.value())).stream()
                    .filter(v -> v.kind() == VerdictEntry.Kind.VERDICT && v.rating() == rating)
                    .reduce((first, last) -> last)
                    .orElseThrow(() -> FactdeskException.conflict("claim " + source + " has no verdict rated "
                            + rating.name() + " to reuse (an editor decided it); give the verdict by hand"));
            String note = io.factdesk.support.CodePoints.shorten("Reused from claim " + source + ": " + from.note(),
                    Note.MAX_LENGTH);
            return verdictService.record(new VerdictInput(target, from.rating(),
                    from.evidence().stream().map(EvidenceUrl::new).toList(), new Note(note), reviewer, Instant.now()),
                    from.id());
        });
    }

    /** A published fact-check to reuse: where it is, who published it and when, and what it rated the claim. */
    public record PublishedCheck(String reviewUrl, String publisher, String date, String ratingName, Rating rating) {
        public PublishedCheck {
            java.util.Objects.requireNonNull(reviewUrl, "reviewUrl");
            java.util.Objects.requireNonNull(rating, "rating");
        }
    }

    /**
     * Records, as the reviewer's verdict on {@code target}, a published fact-check of the same claim: its rating
     * on our scale, its review URL as the evidence, and a note that says whose check it was and how they rated it.
     */
    public VerdictEntry reusePublished(ClaimId target, PublishedCheck check, ReviewerName reviewer) {
        String note = "Reused from the fact-check by " + (check.publisher() == null ? "its publisher" : check.publisher())
                + (check.date() == null ? "" : " of " + check.date())
                + (check.ratingName() == null ? "" : ", rated '" + check.ratingName() + "'") + ": " + check.reviewUrl();
        return verdictService.record(new VerdictInput(target, check.rating(), List.of(new EvidenceUrl(check.reviewUrl())),
                new Note(io.factdesk.support.CodePoints.shorten(note, Note.MAX_LENGTH)), reviewer, Instant.now()));
    }

    private java.util.Optional<VerdictEntry> current(ClaimId id, ReviewerName reviewer) {
        return verdicts.latestLiveId(id.value(), reviewer.value()).flatMap(verdicts::find);
    }
}
