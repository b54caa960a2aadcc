package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.CLAIM_EMBEDDING;
import static io.factdesk.jooq.Tables.CLAIM_MATCH;

import java.util.Collection;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;
import io.factdesk.jooq.tables.Claim;

/** The semantic matches between queue claims (see {@link MatchIndex}), kept both ways round and rebuilt whole. */
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
    public List<MatchIndex.Entry> activeVectors(String encoder) {
        return dsl.select(CLAIM.ID, CLAIM.TEXT, CLAIM_EMBEDDING.VECTOR).from(CLAIM)
                .join(CLAIM_EMBEDDING).on(CLAIM_EMBEDDING.CLAIM_ID.eq(CLAIM.ID))
                .where(CLAIM.STALE.isFalse(), CLAIM.CHECKWORTHY.isTrue().or(CLAIM.PROMOTED.isTrue()),
                        CLAIM_EMBEDDING.ENCODER.eq(encoder))
                .orderBy(CLAIM.ID)
                .fetch(r -> new MatchIndex.Entry(r.value1(), r.value2(), r.value3()));
    }

    public void replaceAll(Collection<MatchIndex.Pair> pairs) {
        dsl.deleteFrom(CLAIM_MATCH).execute();
        if (pairs.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(CLAIM_MATCH, CLAIM_MATCH.CLAIM_ID, CLAIM_MATCH.OTHER_ID, CLAIM_MATCH.SIMILARITY)
                .values((Long) null, null, null));
        for (MatchIndex.Pair p : pairs) {
            batch.bind(p.first(), p.second(), (float) p.similarity());
            batch.bind(p.second(), p.first(), (float) p.similarity());
        }
        batch.execute();
    }

    /** The claim's matches that someone has judged (a live verdict, or signed off), most similar first. */
    public List<Match> judgedMatches(long claimId, int limit) {
        return dsl.select(CLAIM_MATCH.OTHER_ID, CLAIM_MATCH.SIMILARITY).from(CLAIM_MATCH)
                .join(OTHER).on(OTHER.ID.eq(CLAIM_MATCH.OTHER_ID))
                .where(CLAIM_MATCH.CLAIM_ID.eq(claimId), judged(OTHER))
                .orderBy(CLAIM_MATCH.SIMILARITY.desc(), CLAIM_MATCH.OTHER_ID)
                .limit(limit)
                .fetch(r -> new Match(r.value1(), Math.round(r.value2() * 100) / 100.0));
    }

    /** Every match of the claim, judged or not: what apply-group copies a verdict to. */
    public List<Long> matchesOf(long claimId) {
        return dsl.select(CLAIM_MATCH.OTHER_ID).from(CLAIM_MATCH).where(CLAIM_MATCH.CLAIM_ID.eq(claimId))
                .orderBy(CLAIM_MATCH.OTHER_ID).fetch(r -> r.value1());
    }

    /** Which of the claims with these fingerprints match a claim someone has judged. */
    public java.util.Set<String> matchingJudged(Collection<String> fingerprints) {
        java.util.Set<String> found = new java.util.HashSet<>();
        List<String> all = List.copyOf(fingerprints);
        for (int from = 0; from < all.size(); from += 1000) {
            List<String> page = all.subList(from, Math.min(all.size(), from + 1000));
            found.addAll(dsl.select(CLAIM.FINGERPRINT).from(CLAIM)
                    .where(CLAIM.FINGERPRINT.in(page), judgedMatch(CLAIM)).fetch(r -> r.value1()));
        }
        return found;
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
