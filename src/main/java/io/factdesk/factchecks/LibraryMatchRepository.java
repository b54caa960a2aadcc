package io.factdesk.factchecks;

import static io.factdesk.jooq.Tables.CLAIM_LIBRARY_MATCH;
import static io.factdesk.jooq.Tables.FACT_CHECK;
import static io.factdesk.jooq.Tables.FACT_CHECK_EMBEDDING;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.claims.MatchIndex;
import io.factdesk.db.Batches;
import io.factdesk.db.Database;

/** The library entries' sentence vectors, and the pairs of a queue claim and a library entry that match. */
@Repository
public class LibraryMatchRepository {

    /** A library entry that is the same claim as a workbench claim, and how close their vectors are. */
    public record LibraryMatch(FactCheck factCheck, double similarity) {
    }

    /** A claim matched with a library entry. */
    record Pair(long claimId, long factCheckId, double similarity) {
    }

    private final DSLContext dsl;

    public LibraryMatchRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The entries with no vector of this encoder yet: id to the claim they review. */
    Map<Long, String> withoutVector(String encoder) {
        return dsl.select(FACT_CHECK.ID, FACT_CHECK.CLAIM_REVIEWED).from(FACT_CHECK)
                .whereNotExists(DSL.selectOne().from(FACT_CHECK_EMBEDDING).where(
                        FACT_CHECK_EMBEDDING.FACT_CHECK_ID.eq(FACT_CHECK.ID), FACT_CHECK_EMBEDDING.ENCODER.eq(encoder)))
                .orderBy(FACT_CHECK.ID).fetchMap(r -> r.value1(), r -> r.value2());
    }

    void storeVectors(String encoder, Map<Long, byte[]> vectors) {
        if (vectors.isEmpty()) {
            return;
        }
        Batches.execute(dsl, dsl.insertInto(FACT_CHECK_EMBEDDING, FACT_CHECK_EMBEDDING.FACT_CHECK_ID,
                        FACT_CHECK_EMBEDDING.ENCODER, FACT_CHECK_EMBEDDING.VECTOR).values((Long) null, null, null)
                .onConflict(FACT_CHECK_EMBEDDING.FACT_CHECK_ID).doUpdate()
                .set(FACT_CHECK_EMBEDDING.ENCODER, (String) null).set(FACT_CHECK_EMBEDDING.VECTOR, (byte[]) null),
                vectors.entrySet(), e -> new Object[] {e.getKey(), encoder, e.getValue(), encoder, e.getValue()});
    }

    /** The library's vectors of this encoder as match entries, their ids negated to keep them apart from claims'. */
    List<MatchIndex.Entry> vectors(String encoder) {
        return dsl.select(FACT_CHECK.ID, FACT_CHECK.CLAIM_REVIEWED, FACT_CHECK_EMBEDDING.VECTOR).from(FACT_CHECK)
                .join(FACT_CHECK_EMBEDDING).on(FACT_CHECK_EMBEDDING.FACT_CHECK_ID.eq(FACT_CHECK.ID))
                .where(FACT_CHECK_EMBEDDING.ENCODER.eq(encoder)).orderBy(FACT_CHECK.ID)
                .fetch(r -> new MatchIndex.Entry(-r.value1(), r.value2(), r.value3()));
    }

    void replaceMatches(Collection<Pair> pairs) {
        dsl.deleteFrom(CLAIM_LIBRARY_MATCH).execute();
        if (pairs.isEmpty()) {
            return;
        }
        Batches.execute(dsl, dsl.insertInto(CLAIM_LIBRARY_MATCH, CLAIM_LIBRARY_MATCH.CLAIM_ID,
                CLAIM_LIBRARY_MATCH.FACT_CHECK_ID, CLAIM_LIBRARY_MATCH.SIMILARITY).values((Long) null, null, null), pairs,
                p -> new Object[] {p.claimId(), p.factCheckId(), (float) p.similarity()});
    }

    /** The library entries the claim matches, most similar first. */
    public List<LibraryMatch> matchesOf(long claimId, int limit) {
        // The table's own columns by name: PostgreSQL's has a search column more than the generated code knows.
        List<org.jooq.SelectField<?>> columns = new java.util.ArrayList<>(List.of(FACT_CHECK.fields()));
        columns.add(CLAIM_LIBRARY_MATCH.SIMILARITY);
        return dsl.select(columns).from(CLAIM_LIBRARY_MATCH)
                .join(FACT_CHECK).on(FACT_CHECK.ID.eq(CLAIM_LIBRARY_MATCH.FACT_CHECK_ID))
                .where(CLAIM_LIBRARY_MATCH.CLAIM_ID.eq(claimId))
                .orderBy(CLAIM_LIBRARY_MATCH.SIMILARITY.desc(), FACT_CHECK.ID)
                .limit(DSL.inline(limit))   // in the SQL, not bound: a review's cards share one plan
                .fetch(r -> new LibraryMatch(FactCheckRepository.factCheck(r),
                        Math.round(r.get(CLAIM_LIBRARY_MATCH.SIMILARITY) * 100) / 100.0));
    }
}
