package io.factdesk.verdicts;

import java.util.List;

import org.springframework.stereotype.Service;

import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.db.Transactions;
import io.factdesk.support.Clock;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** Records verdicts and retractions. The log only ever grows. */
@Service
public class VerdictService {

    private final VerdictRepository verdicts;
    private final ClaimRepository claims;
    private final Transactions transactions;
    private final Clock clock;
    private final KnownReviewers known;

    public VerdictService(VerdictRepository verdicts, ClaimRepository claims, Transactions transactions,
                          Clock clock, KnownReviewers known) {
        this.verdicts = verdicts;
        this.claims = claims;
        this.transactions = transactions;
        this.clock = clock;
        this.known = known;
    }

    /** Refuses (exit 2) a name that is not on the team's roster, when there is one: before a review starts, say. */
    public void requireKnown(ReviewerName reviewer) {
        known.requireKnown(reviewer);
    }

    public VerdictEntry record(VerdictInput input) {
        return record(input, null);
    }

    /** Records a verdict copied by apply-group from the entry {@code appliedFromId} (null for any other verdict). */
    public VerdictEntry record(VerdictInput input, Long appliedFromId) {
        return afterPublication(input.claimId().value(), () -> transactions.inTransaction(() -> {
            known.requireKnown(input.reviewer());
            Claim claim = requireUnpublished(input.claimId());
            if (claim.status() == ClaimStatus.STALE) {
                throw FactdeskException.conflict("claim " + claim.id()
                        + " is stale: its sentence is no longer in " + claim.seedName());
            }
            Long previous = verdicts.latestLiveId(claim.id(), input.reviewer().value()).orElse(null);
            long id = verdicts.insertVerdict(input, OsUser.name(), clock.nowMillis(), previous, null, null, appliedFromId);
            return last(claim.id(), id);
        }));
    }

    /** Takes back the reviewer's own latest verdict on the claim; another reviewer's verdicts are never touched. */
    public VerdictEntry undo(ClaimId claimId, ReviewerName reviewer) {
        return takingBack("claim " + claimId, () -> {
            known.requireKnown(reviewer);
            Claim claim = requireUnpublished(claimId);
            long target = verdicts.latestLiveId(claim.id(), reviewer.value())
                    .orElseThrow(() -> FactdeskException.conflict("claim " + claimId + " has no verdict by "
                            + reviewer.value() + " to undo"));
            long id = verdicts.insertRetraction(claim.id(), target, reviewer.value(), OsUser.name(), clock.nowMillis());
            return last(claim.id(), id);
        });
    }

    /**
     * Takes back one entry by its id, as the review's 'z' does for the verdicts it saved: another shell
     * under the same name may have saved since, and "the reviewer's latest" would then be that shell's
     * verdict. The entry is taken back only while it is still its reviewer's current verdict on the
     * claim; when it was already taken back, or a later verdict replaced it, nothing is written and the
     * exception says which entry did.
     */
    public VerdictEntry retract(long entryId) {
        return takingBack("entry " + entryId, () -> {
            VerdictEntry entry = verdicts.find(entryId).filter(e -> e.kind() == VerdictEntry.Kind.VERDICT)
                    .orElseThrow(() -> FactdeskException.notFound("verdict entry " + entryId + " not found"));
            var retraction = verdicts.retractionOf(entryId);
            if (retraction.isPresent()) {
                VerdictEntry r = retraction.get();
                throw FactdeskException.conflict("entry " + entryId + " on claim " + entry.claimId()
                        + " was already taken back by entry " + r.id() + " (" + TerminalText.safe(r.reviewer()) + ")");
            }
            requireUnpublished(new ClaimId(entry.claimId()));
            long current = verdicts.latestLiveId(entry.claimId(), entry.reviewer()).orElse(entryId);
            if (current != entryId) {
                VerdictEntry later = verdicts.find(current).orElseThrow();
                throw FactdeskException.conflict("entry " + entryId + " on claim " + entry.claimId()
                        + " was replaced by entry " + later.id() + " (" + later.rating().name() + " by "
                        + TerminalText.safe(later.reviewer()) + ")");
            }
            long id = verdicts.insertRetraction(entry.claimId(), entryId, entry.reviewer(), OsUser.name(),
                    clock.nowMillis());
            return last(entry.claimId(), id);
        });
    }

    /**
     * A retraction, written in one transaction. Two processes taking back the same verdict at the same
     * moment both see it live (on PostgreSQL neither waits for the other's read); the unique key on the
     * retracted entry lets one through, and the other is told so instead of seeing the key's error.
     */
    private VerdictEntry takingBack(String what, java.util.function.Supplier<VerdictEntry> work) {
        try {
            return transactions.inTransaction(work);
        } catch (org.jooq.exception.DataAccessException e) {
            if (transactions.errorOf(e) == io.factdesk.db.DatabaseError.UNIQUE_VIOLATION) {
                throw FactdeskException.conflict(what + ": that verdict was taken back by another process at the same"
                        + " moment; nothing written");
            }
            if (transactions.errorOf(e) == io.factdesk.db.DatabaseError.RULE_REFUSED) {
                throw FactdeskException.conflict(what + ": the claim was published a moment ago; nothing written");
            }
            throw e;
        }
    }

    public List<VerdictEntry> history(ClaimId claimId) {
        requireClaim(claimId);
        return verdicts.history(claimId.value());
    }

    /**
     * The claim, unless an editor has published it: then its rating changes only by a public correction.
     * The log's trigger refuses the entry too, whoever writes it.
     */
    private Claim requireUnpublished(ClaimId id) {
        Claim claim = requireClaim(id);
        if (claim.publishedAt() != null) {
            throw FactdeskException.conflict(published(id.value()));
        }
        return claim;
    }

    /** Whether an editor has published the claim. */
    public boolean isPublished(ClaimId id) {
        return transactions.autocommitted(() -> requireClaim(id).publishedAt() != null);
    }

    /** Where an editor published the claim between the check above and the write. */
    private <T> T afterPublication(long claimId, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (org.jooq.exception.DataAccessException e) {
            if (transactions.errorOf(e) == io.factdesk.db.DatabaseError.RULE_REFUSED) {
                throw FactdeskException.conflict(published(claimId));
            }
            throw e;
        }
    }

    /** The one line for any verdict or undo on a published claim. */
    public static String published(long claimId) {
        return "claim " + claimId + " is published; its rating changes only by an editor's public correction: correct "
                + claimId + " RATING --note \"correction readers will see\"";
    }

    private Claim requireClaim(ClaimId id) {
        return claims.find(id).orElseThrow(() -> FactdeskException.notFound("claim " + id + " not found"));
    }

    /** The entry just written, read back as stored (by its key: not the claim's whole history). */
    private VerdictEntry last(long claimId, long entryId) {
        return verdicts.find(entryId).filter(e -> e.claimId() == claimId)
                .orElseThrow(() -> new IllegalStateException("entry " + entryId + " vanished"));
    }
}
