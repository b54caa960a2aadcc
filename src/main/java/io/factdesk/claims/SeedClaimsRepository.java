package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Batches;
import io.factdesk.db.Database;
import io.factdesk.db.SearchText;

/** Writes a seed's claims during ingest: new sentences, kept ones that moved, vanished ones marked stale. */
@Repository
public class SeedClaimsRepository {

    private final DSLContext dsl;

    public SeedClaimsRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Map<String, Long> idsByFingerprint(long seedId) {
        return dsl.select(CLAIM.FINGERPRINT, CLAIM.ID).from(CLAIM).where(CLAIM.SEED_ID.eq(seedId))
                .fetchMap(CLAIM.FINGERPRINT, CLAIM.ID);
    }

    /** Inserts new claims of one seed in JDBC batches; each keeps its seed's name, the queue's first key. */
    public void insertAll(long seedId, String seedName, List<ClaimCandidate> candidates, java.time.Instant now) {
        if (candidates.isEmpty()) {
            return;
        }
        Field<?>[] columns = {CLAIM.SEED_ID, CLAIM.SEED_NAME, CLAIM.FINGERPRINT, CLAIM.CREATED_AT, CLAIM.POSITION, CLAIM.START_OFFSET,
            CLAIM.END_OFFSET, CLAIM.TEXT, CLAIM.SEARCH_TEXT, CLAIM.CONTEXT_BEFORE, CLAIM.CONTEXT_AFTER, CLAIM.SCORE,
            CLAIM.REASONS, CLAIM.CLAIM_TYPE, CLAIM.CHECKWORTHY, CLAIM.CLAIMANT, CLAIM.MODEL_SCORE};
        Batches.execute(dsl, dsl.insertInto(CLAIM).columns(columns).values(new Object[columns.length]), candidates, c -> {
            Map<Field<?>, Object> v = fromCandidate(c);
            return new Object[] {seedId, seedName, c.fingerprint(), now, v.get(CLAIM.POSITION), v.get(CLAIM.START_OFFSET),
                v.get(CLAIM.END_OFFSET), v.get(CLAIM.TEXT), v.get(CLAIM.SEARCH_TEXT), v.get(CLAIM.CONTEXT_BEFORE), v.get(CLAIM.CONTEXT_AFTER),
                v.get(CLAIM.SCORE), v.get(CLAIM.REASONS), v.get(CLAIM.CLAIM_TYPE), v.get(CLAIM.CHECKWORTHY),
                v.get(CLAIM.CLAIMANT), v.get(CLAIM.MODEL_SCORE)};
        });
    }

    /**
     * A kept claim moves with its sentence: new position, offsets and context; verdicts stay attached. A
     * published claim keeps the wording and the claimant it was signed off with (the database refuses a change to
     * either), even where the article's spacing of that sentence, or the rules that find a claimant, have changed.
     */
    public void refresh(long claimId, ClaimCandidate c) {
        Map<Field<?>, Object> values = fromCandidate(c);
        for (Field<String> signedOff : List.of(CLAIM.TEXT, CLAIM.SEARCH_TEXT, CLAIM.CLAIMANT)) {
            values.put(signedOff, DSL.when(CLAIM.PUBLISHED_AT.isNull(), DSL.val((String) values.get(signedOff)))
                    .otherwise(signedOff));
        }
        dsl.update(CLAIM).set(values).set(CLAIM.STALE, false).where(CLAIM.ID.eq(claimId)).execute();
    }

    /** The columns that follow the sentence and its assessment, shared by insert and refresh. */
    private static Map<Field<?>, Object> fromCandidate(ClaimCandidate c) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(CLAIM.POSITION, c.position());
        values.put(CLAIM.START_OFFSET, c.sentence().start());
        values.put(CLAIM.END_OFFSET, c.sentence().end());
        values.put(CLAIM.TEXT, c.sentence().text());
        values.put(CLAIM.SEARCH_TEXT, SearchText.fold(c.sentence().text()));
        values.put(CLAIM.CONTEXT_BEFORE, c.contextBefore());
        values.put(CLAIM.CONTEXT_AFTER, c.contextAfter());
        values.put(CLAIM.SCORE, (float) c.assessment().score());
        values.put(CLAIM.REASONS, String.join("\n", c.assessment().reasons()));
        values.put(CLAIM.CLAIM_TYPE, c.assessment().type());
        values.put(CLAIM.CHECKWORTHY, c.checkworthy());
        values.put(CLAIM.CLAIMANT, c.claimant());
        values.put(CLAIM.MODEL_SCORE, c.modelScore() == null ? null : c.modelScore().floatValue());
        return values;
    }

    /** Every claim of a seed whose file is gone; returns how many were not stale already. */
    public int markSeedStale(long seedId) {
        return dsl.update(CLAIM).set(CLAIM.STALE, true).where(CLAIM.SEED_ID.eq(seedId), CLAIM.STALE.isFalse()).execute();
    }

    public int markStale(Collection<Long> claimIds) {
        return claimIds.isEmpty() ? 0
                : dsl.update(CLAIM).set(CLAIM.STALE, true).where(CLAIM.ID.in(claimIds), CLAIM.STALE.isFalse()).execute();
    }
}
