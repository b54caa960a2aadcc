package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.CLAIM_EMBEDDING;
import static io.factdesk.jooq.Tables.CLAIM_MATCH;
import static io.factdesk.jooq.Tables.CLAIM_VECTOR_LIST;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Batches;
import io.factdesk.db.Database;
import io.factdesk.jooq.tables.Claim;

/**
 * The semantic matches between queue claims, kept both ways round, and the index they are found with: each
 * active claim's list ({@link VectorLists}) and the lists' centroids.
 */
@Repository
public class ClaimMatchRepository {

    private static final Claim OTHER = CLAIM.as("other");

    /** A match of a claim: the other claim and the cosine of their vectors. */
    public record Match(long otherId, double similarity) {
    }

    private final DSLContext dsl;

    public ClaimMatchRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** The queue's claims whose sentence is still there and that have a vector of {@code encoder}. */
    private static Condition active(String encoder) {
        return CLAIM.STALE.isFalse().and(CLAIM.CHECKWORTHY.isTrue().or(CLAIM.PROMOTED.isTrue()))
                .and(CLAIM_EMBEDDING.ENCODER.eq(encoder));
    }

    private List<MatchIndex.Entry> entries(Condition condition) {
        return dsl.select(CLAIM.ID, CLAIM.TEXT, CLAIM_EMBEDDING.VECTOR).from(CLAIM)
                .join(CLAIM_EMBEDDING).on(CLAIM_EMBEDDING.CLAIM_ID.eq(CLAIM.ID))
                .where(condition).orderBy(CLAIM.ID)
                .fetch(r -> new MatchIndex.Entry(r.value1(), r.value2(), r.value3()));
    }

    /** Every active claim's vector (see {@link #active}). */
    public List<MatchIndex.Entry> activeVectors(String encoder) {
        return entries(active(encoder));
    }

    public int activeCount(String encoder) {
        return count(active(encoder));
    }

    /** The active claims not filed under a list yet: the ones no matching has seen. */
    public List<MatchIndex.Entry> unfiled(String encoder) {
        return entries(unfiledCondition(encoder));
    }

    /** How many active claims no matching has seen. */
    public int unfiledCount(String encoder) {
        return count(unfiledCondition(encoder));
    }

    private static Condition unfiledCondition(String encoder) {
        return active(encoder).and(CLAIM_EMBEDDING.LIST_NO.isNull());
    }

    /** How many claims with a vector meet the condition. */
    private int count(Condition condition) {
        return dsl.fetchCount(dsl.selectOne().from(CLAIM).join(CLAIM_EMBEDDING).on(CLAIM_EMBEDDING.CLAIM_ID.eq(CLAIM.ID))
                .where(condition));
    }

    /** The active claims filed under these lists, by list, in no particular order. */
    public Map<Integer, List<MatchIndex.Entry>> inLists(String encoder, Collection<Integer> lists) {
        Map<Integer, List<MatchIndex.Entry>> out = new HashMap<>();
        List<Integer> all = List.copyOf(lists);
        for (int from = 0; from < all.size(); from += 1000) {
            dsl.select(CLAIM_EMBEDDING.LIST_NO, CLAIM.ID, CLAIM.TEXT, CLAIM_EMBEDDING.VECTOR).from(CLAIM)
                    .join(CLAIM_EMBEDDING).on(CLAIM_EMBEDDING.CLAIM_ID.eq(CLAIM.ID))
                    .where(active(encoder), CLAIM_EMBEDDING.LIST_NO.in(all.subList(from, Math.min(all.size(), from + 1000))))
                    .forEach(r -> out.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                            .add(new MatchIndex.Entry(r.value2(), r.value3(), r.value4())));
        }
        return out;
    }

    /** The index's centroids for this encoder, by list number; empty when it was never trained. */
    public List<byte[]> centroids(String encoder) {
        return dsl.select(CLAIM_VECTOR_LIST.CENTROID).from(CLAIM_VECTOR_LIST)
                .where(CLAIM_VECTOR_LIST.ENCODER.eq(encoder)).orderBy(CLAIM_VECTOR_LIST.LIST_NO).fetch(r -> r.value1());
    }

    /**
     * Starts the index again with new centroids: every claim unfiled and every match gone, so that the next
     * matching files and matches every claim afresh. Lists of any other encoder go too.
     */
    public void restart(String encoder, List<byte[]> centroids) {
        dsl.deleteFrom(CLAIM_MATCH).execute();
        dsl.deleteFrom(CLAIM_VECTOR_LIST).execute();
        dsl.update(CLAIM_EMBEDDING).setNull(CLAIM_EMBEDDING.LIST_NO).where(CLAIM_EMBEDDING.LIST_NO.isNotNull()).execute();
        if (centroids.isEmpty()) {
            return;
        }
        Batches.execute(dsl, dsl.insertInto(CLAIM_VECTOR_LIST, CLAIM_VECTOR_LIST.ENCODER, CLAIM_VECTOR_LIST.LIST_NO,
                CLAIM_VECTOR_LIST.CENTROID).values((String) null, null, null), () -> IntStream.range(0, centroids.size()).iterator(),
                i -> new Object[] {encoder, i, centroids.get(i)});
    }

    /** Files claims under their lists. */
    public void file(Map<Long, Integer> listOfClaim) {
        if (listOfClaim.isEmpty()) {
            return;
        }
        var update = dsl.update(CLAIM_EMBEDDING).set(CLAIM_EMBEDDING.LIST_NO, (Integer) null)
                .where(CLAIM_EMBEDDING.CLAIM_ID.eq((Long) null));
        Batches.execute(dsl, update, listOfClaim.entrySet(), e -> new Object[] {e.getValue(), e.getKey()});
    }

    /** Adds matching pairs, both ways round; a pair already there stays as it is. */
    public void add(Collection<MatchIndex.Pair> pairs) {
        if (pairs.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(CLAIM_MATCH, CLAIM_MATCH.CLAIM_ID, CLAIM_MATCH.OTHER_ID, CLAIM_MATCH.SIMILARITY)
                .values((Long) null, null, null).onConflictDoNothing();
        // Both ways round, each row made as the batch takes it.
        Iterable<Object[]> rows = () -> pairs.stream().flatMap(p -> Stream.of(
                new Object[] {p.first(), p.second(), (float) p.similarity()},
                new Object[] {p.second(), p.first(), (float) p.similarity()})).iterator();
        Batches.execute(dsl, insert, rows, row -> row);
    }

    /** The claim's matches that someone has judged (a live verdict, or signed off), most similar first. */
    public List<Match> judgedMatches(long claimId, int limit) {
        return dsl.select(CLAIM_MATCH.OTHER_ID, CLAIM_MATCH.SIMILARITY).from(CLAIM_MATCH)
                .join(OTHER).on(OTHER.ID.eq(CLAIM_MATCH.OTHER_ID))
                .where(CLAIM_MATCH.CLAIM_ID.eq(claimId), judged(OTHER))
                .orderBy(CLAIM_MATCH.SIMILARITY.desc(), CLAIM_MATCH.OTHER_ID)
                .limit(DSL.inline(limit))   // in the SQL, not bound: a review's cards share one plan (see ClaimRepository.ONE)
                .fetch(r -> new Match(r.value1(), Math.round(r.value2() * 100) / 100.0));
    }

    /** Every match of the claim, judged or not: what apply-group copies a verdict to. */
    public List<Long> matchesOf(long claimId) {
        // Matches stay when a claim goes stale or leaves the queue (a later ingest may bring it back): not shown.
        return dsl.select(CLAIM_MATCH.OTHER_ID).from(CLAIM_MATCH).join(OTHER).on(OTHER.ID.eq(CLAIM_MATCH.OTHER_ID))
                .where(CLAIM_MATCH.CLAIM_ID.eq(claimId), OTHER.STALE.isFalse(),
                        OTHER.CHECKWORTHY.isTrue().or(OTHER.PROMOTED.isTrue()))
                .orderBy(CLAIM_MATCH.OTHER_ID).fetch(r -> r.value1());
    }

    /** How many of the claims with these fingerprints were already checked in other words ({@link #matchesJudged}). */
    public int countMatchingJudged(Collection<String> fingerprints) {
        int count = 0;
        List<String> all = List.copyOf(fingerprints);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> page = all.subList(from, Math.min(all.size(), from + 1000));
            count += dsl.fetchCount(dsl.selectOne().from(CLAIM).where(CLAIM.FINGERPRINT.in(page), matchesJudged(CLAIM)));
        }
        return count;
    }

    private static Condition judgedMatch(Claim claim) {
        return DSL.exists(DSL.selectOne().from(CLAIM_MATCH).join(OTHER).on(OTHER.ID.eq(CLAIM_MATCH.OTHER_ID))
                .where(CLAIM_MATCH.CLAIM_ID.eq(claim.ID), judged(OTHER)));
    }

    /**
     * The claim was already checked in other words: it matches a claim someone has judged, or an entry of the
     * library of published fact-checks ('claims list --matched').
     */
    public static Condition matchesJudged(Claim claim) {
        return judgedMatch(claim).or(DSL.exists(DSL.selectOne().from(io.factdesk.jooq.Tables.CLAIM_LIBRARY_MATCH)
                .where(io.factdesk.jooq.Tables.CLAIM_LIBRARY_MATCH.CLAIM_ID.eq(claim.ID))));
    }

    private static Condition judged(Claim c) {
        return c.STALE.isFalse().and(c.LIVE_VERDICTS.gt(0).or(c.PUBLISHED_AT.isNotNull()));
    }
}
