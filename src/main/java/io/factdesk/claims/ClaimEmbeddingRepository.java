package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.CLAIM_EMBEDDING;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;

/** The claims' stored sentence vectors (see {@link EmbeddingCodec}), each with the encoder that made it. */
@Repository
public class ClaimEmbeddingRepository {

    /** Fingerprints asked for at a time: well under either engine's limit on bind values. */
    private static final int PAGE = 1000;

    private final DSLContext dsl;

    public ClaimEmbeddingRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The stored vectors of the claims with these fingerprints that {@code encoder} made, by fingerprint. */
    public Map<String, byte[]> byFingerprint(String encoder, Collection<String> fingerprints) {
        Map<String, byte[]> found = new HashMap<>();
        for (List<String> page : pages(fingerprints)) {
            dsl.select(CLAIM.FINGERPRINT, CLAIM_EMBEDDING.VECTOR).from(CLAIM_EMBEDDING)
                    .join(CLAIM).on(CLAIM.ID.eq(CLAIM_EMBEDDING.CLAIM_ID))
                    .where(CLAIM.FINGERPRINT.in(page), CLAIM_EMBEDDING.ENCODER.eq(encoder))
                    .forEach(r -> found.put(r.value1(), r.value2()));
        }
        return found;
    }

    /**
     * Keeps the vectors of stored claims, by fingerprint; a claim's vector from another encoder is replaced. Run it
     * in the transaction that stored the claims.
     */
    public void store(String encoder, Map<String, byte[]> vectorsByFingerprint) {
        for (List<String> page : pages(vectorsByFingerprint.keySet())) {
            Map<String, Long> ids = dsl.select(CLAIM.FINGERPRINT, CLAIM.ID).from(CLAIM).where(CLAIM.FINGERPRINT.in(page))
                    .fetchMap(CLAIM.FINGERPRINT, CLAIM.ID);
            var batch = dsl.batch(dsl.insertInto(CLAIM_EMBEDDING, CLAIM_EMBEDDING.CLAIM_ID, CLAIM_EMBEDDING.ENCODER,
                            CLAIM_EMBEDDING.VECTOR).values((Long) null, null, null)
                    .onConflict(CLAIM_EMBEDDING.CLAIM_ID).doUpdate()
                    .set(CLAIM_EMBEDDING.ENCODER, (String) null).set(CLAIM_EMBEDDING.VECTOR, (byte[]) null)
                    // a new vector is filed again by the next matching
                    .set(CLAIM_EMBEDDING.LIST_NO, org.jooq.impl.DSL.inline(null, CLAIM_EMBEDDING.LIST_NO.getDataType())));
            int rows = 0;
            for (String fingerprint : page) {
                Long id = ids.get(fingerprint);
                if (id != null) {
                    byte[] vector = vectorsByFingerprint.get(fingerprint);
                    batch.bind(id, encoder, vector, encoder, vector);
                    rows++;
                }
            }
            if (rows > 0) {
                batch.execute();
            }
        }
    }

    private static List<List<String>> pages(Collection<String> values) {
        List<String> all = new ArrayList<>(values);
        List<List<String>> pages = new ArrayList<>();
        for (int from = 0; from < all.size(); from += PAGE) {
            pages.add(all.subList(from, Math.min(all.size(), from + PAGE)));
        }
        return pages;
    }
}
