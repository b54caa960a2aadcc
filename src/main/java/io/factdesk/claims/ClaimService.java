package io.factdesk.claims;

import java.util.Map;

import org.springframework.stereotype.Service;

import io.factdesk.support.FactdeskException;

/** Claim counts and promotion into the queue. Claims with their verdicts are read through claimviews. */
@Service
public class ClaimService {

    private final ClaimRepository claims;

    public ClaimService(ClaimRepository claims) {
        this.claims = claims;
    }

    public Map<String, Integer> countBySeed(StatusFilter status) {
        return claims.countBySeed(status);
    }

    public int reviewsRequired() {
        return claims.reviewsRequired();
    }

    public int count(ClaimQuery query) {
        requireKnownSeed(query.seedName());
        return claims.count(query);
    }

    /** Refuses a --seed filter that names no seed of this workbench. */
    public void requireKnownSeed(String seed) {
        KnownSeeds.require(seed, claims::seedNames);
    }

    /** Puts a held-back sentence into the review queue. */
    public Claim promote(ClaimId id) {
        Claim claim = claims.find(id).orElseThrow(() -> FactdeskException.notFound("claim " + id + " not found"));
        if (claim.status() == ClaimStatus.STALE) {
            throw FactdeskException.conflict("claim " + id + " is stale and cannot enter the queue");
        }
        if (claim.checkworthy() || claim.promoted()) {
            throw FactdeskException.conflict("claim " + id + " is already in the queue");
        }
        claims.promote(id.value());
        return claims.find(id).orElseThrow();
    }
}
