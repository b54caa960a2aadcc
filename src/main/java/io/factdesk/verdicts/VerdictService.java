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

/** Records verdicts and retractions. The log only ever grows. */
@Service
public class VerdictService {

    private final VerdictRepository verdicts;
    private final ClaimRepository claims;
    private final Transactions transactions;
    private final Clock clock;

    public VerdictService(VerdictRepository verdicts, ClaimRepository claims, Transactions transactions,
                          Clock clock) {
        this.verdicts = verdicts;
        this.claims = claims;
        this.transactions = transactions;
        this.clock = clock;
    }

    public VerdictEntry record(VerdictInput input) {
        return transactions.inTransaction(() -> {
            Claim claim = requireClaim(input.claimId());
            if (claim.status() == ClaimStatus.STALE) {
                throw FactdeskException.conflict("claim " + claim.id()
                        + " is stale: its sentence is no longer in " + claim.seedName());
            }
            Long previous = verdicts.latestLiveId(claim.id(), input.reviewer().value()).orElse(null);
            long id = verdicts.insertVerdict(input, OsUser.name(), clock.nowText(), previous, null, null);
            return last(claim.id(), id);
        });
    }

    /** Takes back the reviewer's own latest verdict on the claim; another reviewer's verdicts are never touched. */
    public VerdictEntry undo(ClaimId claimId, ReviewerName reviewer) {
        return transactions.inTransaction(() -> {
            Claim claim = requireClaim(claimId);
            long target = verdicts.latestLiveId(claim.id(), reviewer.value())
                    .orElseThrow(() -> FactdeskException.conflict("claim " + claimId + " has no verdict by "
                            + reviewer.value() + " to undo"));
            long id = verdicts.insertRetraction(claim.id(), target, reviewer.value(), OsUser.name(), clock.nowText());
            return last(claim.id(), id);
        });
    }

    public List<VerdictEntry> history(ClaimId claimId) {
        requireClaim(claimId);
        return verdicts.history(claimId.value());
    }

    private Claim requireClaim(ClaimId id) {
        return claims.find(id).orElseThrow(() -> FactdeskException.notFound("claim " + id + " not found"));
    }

    private VerdictEntry last(long claimId, long entryId) {
        return verdicts.history(claimId).stream().filter(e -> e.id() == entryId).findFirst()
                .orElseThrow(() -> new IllegalStateException("entry " + entryId + " vanished"));
    }
}
