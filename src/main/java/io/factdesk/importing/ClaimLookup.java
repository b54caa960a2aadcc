package io.factdesk.importing;

import java.util.BitSet;
import java.util.Map;

import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Resolves a row's claim by id or by fingerprint (which survives a database rebuild),
 * from tables loaded once per import: their size follows the database, not the file.
 */
final class ClaimLookup {

    /** Where the tables come from; the fuzz tests give fixed ones instead of a database. */
    interface Source {
        BitSet allIds();

        Map<String, Integer> idsByFingerprint();

        String fingerprintOf(ClaimId id);
    }

    private final Source claims;
    private BitSet ids;
    private Map<String, Integer> byFingerprint;

    ClaimLookup(Source claims) {
        this.claims = claims;
    }

    static ClaimLookup of(ClaimRepository repository) {
        return new ClaimLookup(new Source() {
            @Override
            public BitSet allIds() {
                return repository.allIds();
            }

            @Override
            public Map<String, Integer> idsByFingerprint() {
                return repository.idsByFingerprint();
            }

            @Override
            public String fingerprintOf(ClaimId id) {
                return repository.fingerprintOf(id);
            }
        });
    }

    ClaimId resolve(RawRow row) {
        String id = row.first("claim_id").strip();
        String fingerprint = row.first("fingerprint").strip();
        if (!id.isEmpty()) {
            ClaimId claimId = ClaimId.parse(id);
            if (claimId.value() > Integer.MAX_VALUE || !ids().get((int) claimId.value())) {
                throw FactdeskException.notFound("claim " + claimId + " not found");
            }
            if (!fingerprint.isEmpty() && !fingerprint.equals(claims.fingerprintOf(claimId))) {
                throw FactdeskException.badInput("claim " + claimId + " does not have fingerprint "
                        + TerminalText.safe(fingerprint));
            }
            return claimId;
        }
        if (fingerprint.isEmpty()) {
            throw FactdeskException.badInput("empty: give claim_id or fingerprint");
        }
        Integer found = fingerprints().get(fingerprint);
        if (found == null) {
            throw FactdeskException.notFound("no claim has fingerprint " + TerminalText.safe(fingerprint));
        }
        return new ClaimId(found);
    }

    private BitSet ids() {
        if (ids == null) {
            ids = claims.allIds();
        }
        return ids;
    }

    private Map<String, Integer> fingerprints() {
        if (byFingerprint == null) {
            byFingerprint = claims.idsByFingerprint();
        }
        return byFingerprint;
    }
}
