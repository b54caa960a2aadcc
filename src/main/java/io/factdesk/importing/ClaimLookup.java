package io.factdesk.importing;

import java.util.BitSet;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimRepository;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * Resolves a row's claim by id or by fingerprint (which survives a database rebuild),
 * from tables loaded once per import: their size follows the database, not the file.
 */
final class ClaimLookup {

    private final Supplier<BitSet> allIds;
    private final Supplier<Map<String, Long>> idsByFingerprint;
    private final Function<ClaimId, String> fingerprintOf;
    private final Supplier<BitSet> publishedIds;
    private BitSet ids;
    private BitSet published;
    private Map<String, Long> byFingerprint;

    /** The tables' sources are given apart so that the fuzz tests can give fixed ones instead of a database. */
    ClaimLookup(Supplier<BitSet> allIds, Supplier<Map<String, Long>> idsByFingerprint,
                Function<ClaimId, String> fingerprintOf) {
        this(allIds, idsByFingerprint, fingerprintOf, BitSet::new);
    }

    ClaimLookup(Supplier<BitSet> allIds, Supplier<Map<String, Long>> idsByFingerprint,
                Function<ClaimId, String> fingerprintOf, Supplier<BitSet> publishedIds) {
        this.publishedIds = publishedIds;
        this.allIds = allIds;
        this.idsByFingerprint = idsByFingerprint;
        this.fingerprintOf = fingerprintOf;
    }

    /** {@code beforeRead} runs before each read of the repository: an import ends the run of rows it is writing. */
    static ClaimLookup of(ClaimRepository repository, Runnable beforeRead) {
        return new ClaimLookup(() -> {
            beforeRead.run();
            return repository.allIds();
        }, () -> {
            beforeRead.run();
            return repository.idsByFingerprint();
        }, id -> {
            beforeRead.run();
            return repository.fingerprintOf(id);
        }, () -> {
            beforeRead.run();
            return repository.publishedIds();
        });
    }

    /** The row's claim, which must exist and must not be published (its rating changes only by a correction). */
    ClaimId resolve(RawRow row) {
        ClaimId claimId = find(row);
        if (published().get((int) claimId.value())) {
            throw FactdeskException.conflict(io.factdesk.verdicts.VerdictService.published(claimId.value()));
        }
        return claimId;
    }

    private ClaimId find(RawRow row) {
        String id = row.first("claim_id").strip();
        String fingerprint = row.first("fingerprint").strip();
        if (!id.isEmpty()) {
            ClaimId claimId = ClaimId.parse(id);
            if (claimId.value() > Integer.MAX_VALUE || !ids().get((int) claimId.value())) {
                throw FactdeskException.notFound("claim " + claimId + " not found");
            }
            if (!fingerprint.isEmpty() && !fingerprint.equals(fingerprintOf.apply(claimId))) {
                throw FactdeskException.badInput("claim " + claimId + " does not have fingerprint "
                        + TerminalText.safe(fingerprint));
            }
            return claimId;
        }
        if (fingerprint.isEmpty()) {
            throw FactdeskException.badInput("empty: give claim_id or fingerprint");
        }
        Long found = fingerprints().get(fingerprint);
        if (found == null) {
            throw FactdeskException.notFound("no claim has fingerprint " + TerminalText.safe(fingerprint));
        }
        return new ClaimId(found);
    }

    private BitSet ids() {
        if (ids == null) {
            ids = allIds.get();
        }
        return ids;
    }

    private BitSet published() {
        if (published == null) {
            published = publishedIds.get();
        }
        return published;
    }

    private Map<String, Long> fingerprints() {
        if (byFingerprint == null) {
            byFingerprint = idsByFingerprint.get();
        }
        return byFingerprint;
    }
}
