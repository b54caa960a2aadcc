package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.SEED;
import static io.factdesk.jooq.Tables.VERDICT;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;

@Repository
public class ClaimRepository {

    private static final int CLAIMS_PER_STATUS_UPDATE = 20_000;

    private final DSLContext dsl;

    public ClaimRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Every claim id, as a bit set: an import checks a million rows against it without a query each. */
    public java.util.BitSet allIds() {
        java.util.BitSet ids = new java.util.BitSet();
        try (var cursor = dsl.select(CLAIM.ID).from(CLAIM).fetchLazy()) {
            cursor.forEach(r -> ids.set(r.value1()));
        }
        return ids;
    }

    public Map<String, Integer> idsByFingerprint() {
        return dsl.select(CLAIM.FINGERPRINT, CLAIM.ID).from(CLAIM).fetchMap(CLAIM.FINGERPRINT, CLAIM.ID);
    }

    public String fingerprintOf(ClaimId id) {
        return dsl.select(CLAIM.FINGERPRINT).from(CLAIM).where(CLAIM.ID.eq((int) id.value())).fetchOne(CLAIM.FINGERPRINT);
    }

    /**
     * Counts an import batch's verdicts into their claims' live verdicts (and so their status): the
     * log's trigger leaves imported rows to this, inside the import's transaction. One statement
     * per range of claim ids, so that SQLite's statement journal (kept in memory) stays small.
     */
    public void countLiveVerdictsOfBatch(int batchId) {
        var range = dsl.select(DSL.min(VERDICT.CLAIM_ID), DSL.max(VERDICT.CLAIM_ID)).from(VERDICT)
                .where(VERDICT.BATCH_ID.eq(batchId)).fetchOne();
        if (range == null || range.value1() == null) {
            return;
        }
        for (int low = range.value1(); low <= range.value2(); low += CLAIMS_PER_STATUS_UPDATE) {
            var perClaim = DSL.select(VERDICT.CLAIM_ID, DSL.count().as("n")).from(VERDICT)
                    .where(VERDICT.BATCH_ID.eq(batchId), VERDICT.KIND.eq("VERDICT"),
                            VERDICT.CLAIM_ID.between(low, low + CLAIMS_PER_STATUS_UPDATE - 1))
                    .groupBy(VERDICT.CLAIM_ID).asTable("batch");
            // the trigger's rule for a new verdict: REVIEWED unless stale
            dsl.update(CLAIM)
                    .set(CLAIM.LIVE_VERDICTS, CLAIM.LIVE_VERDICTS.plus(perClaim.field("n", Integer.class)))
                    .set(CLAIM.STATUS, DSL.when(CLAIM.STALE.eq(1), DSL.inline(ClaimStatus.STALE.name()))
                            .otherwise(DSL.inline(ClaimStatus.REVIEWED.name())))
                    .from(perClaim)
                    .where(CLAIM.ID.eq(perClaim.field(VERDICT.CLAIM_ID)))
                    .execute();
        }
    }

    public void promote(long claimId) {
        dsl.update(CLAIM).set(CLAIM.PROMOTED, 1).where(CLAIM.ID.eq((int) claimId)).execute();
    }

    public Optional<Claim> find(ClaimId id) {
        return select().where(CLAIM.ID.eq((int) id.value())).fetchOptional(ClaimRepository::toClaim);
    }

    public boolean exists(ClaimId id) {
        return dsl.fetchExists(CLAIM, CLAIM.ID.eq((int) id.value()));
    }

    public List<Claim> list(ClaimQuery query) {
        return selectInSeedOrder().and(conditions(query))
                .orderBy(SEED.NAME, CLAIM.POSITION)
                .limit(query.limit()).offset(query.offset())
                .fetch(ClaimRepository::toClaim);
    }

    /**
     * The next page after a claim, in seed order: keyset paging, so reading a large status page by
     * page costs the same at the end as at the start (OFFSET would re-walk every earlier row).
     */
    public List<Claim> listAfter(ClaimQuery query, Claim after, int limit) {
        Condition c = conditions(query);
        if (after != null) {
            c = c.and(DSL.row(SEED.NAME, CLAIM.POSITION, CLAIM.ID).gt(after.seedName(), after.position(), (int) after.id()));
        }
        return select().where(c).orderBy(SEED.NAME, CLAIM.POSITION, CLAIM.ID).limit(limit).fetch(ClaimRepository::toClaim);
    }

    /** How many claims of each seed match, in one grouped query (seeds with none are absent). */
    public Map<String, Integer> countBySeed(StatusFilter status) {
        return dsl.select(SEED.NAME, DSL.count()).from(CLAIM).join(SEED).on(SEED.ID.eq(CLAIM.SEED_ID))
                .where(conditions(ClaimQuery.of(status, null))).groupBy(SEED.NAME)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /**
     * Counted per status and added up: SQLite reads "status = ?" from the status index alone,
     * but answers "status IN (...)" over most of the table by scanning it. The filters name the
     * seed through a subquery, so counting needs no join.
     */
    public int count(ClaimQuery query) {
        return countByStatus(query).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** How many claims match, for each status the query's filter allows. */
    public Map<ClaimStatus, Integer> countByStatus(ClaimQuery query) {
        Map<ClaimStatus, Integer> counts = new java.util.EnumMap<>(ClaimStatus.class);
        for (ClaimStatus status : query.status().statuses()) {
            counts.put(status, dsl.fetchCount(CLAIM, CLAIM.STATUS.eq(status.name()).and(filters(query))));
        }
        return counts;
    }

    /**
     * Claims matching a full-text search, in claim-id order: the search index is read in that
     * order, so the first page of a common word costs the same as a rare one's.
     */
    public List<Claim> search(ClaimQuery query) {
        Field<Integer> rowid = DSL.field(DSL.name("claim_fts", "rowid"), Integer.class);
        return dsl.select(CLAIM.fields()).select(SEED.NAME, SEED.TITLE)
                .from(DSL.table(DSL.name("claim_fts"))).join(CLAIM).on(CLAIM.ID.eq(rowid))
                .join(SEED).on(SEED.ID.eq(CLAIM.SEED_ID))
                .where(DSL.condition("claim_fts match {0}", DSL.val(FullTextQuery.of(query.search()))),
                        statusIn(query), attributes(query))
                .orderBy(rowid).limit(query.limit()).offset(query.offset())
                .fetch(ClaimRepository::toClaim);
    }

    /** The first pending claim in seed order that matches the filter, leaving out the ones the reviewer skipped. */
    public Optional<Claim> nextPending(ClaimQuery filter, Collection<Claim> skipped) {
        return nextPending(filter, skipped, null);
    }

    /**
     * The next pending claim after the one on screen (in seed order), else the first one from the
     * top: the review queue moves forward from where it is instead of walking every reviewed claim
     * before it at each step, and still comes back for claims that became pending behind it.
     * Moving forward, only the skipped claims ahead of the one on screen need excluding, so a long
     * run of skips does not make each step's query longer.
     */
    public Optional<Claim> nextPending(ClaimQuery filter, Collection<Claim> skipped, Claim after) {
        Condition pending = conditions(filter.withStatus(StatusFilter.PENDING));
        Optional<Claim> next = Optional.empty();
        if (after != null) {
            Condition c = pending.and(CLAIM.ID.notIn(idsOf(skipped.stream().filter(s -> QUEUE_ORDER.compare(s, after) > 0))));
            next = select().where(c, CLAIM.SEED_ID.eq(after.seedId()),
                            DSL.row(CLAIM.POSITION, CLAIM.ID).gt(after.position(), (int) after.id()))
                    .orderBy(CLAIM.POSITION, CLAIM.ID).limit(1).fetchOptional(ClaimRepository::toClaim);
            if (next.isEmpty()) {
                next = selectInSeedOrder().and(c).and(SEED.NAME.gt(after.seedName()))
                        .orderBy(SEED.NAME, CLAIM.POSITION, CLAIM.ID).limit(1).fetchOptional(ClaimRepository::toClaim);
            }
        }
        return next.isPresent() ? next : selectInSeedOrder().and(pending).and(CLAIM.ID.notIn(idsOf(skipped.stream())))
                .orderBy(SEED.NAME, CLAIM.POSITION, CLAIM.ID).limit(1).fetchOptional(ClaimRepository::toClaim);
    }

    /**
     * The review queue's order: seeds by name, then sentence position. Names compare by code point,
     * which is SQLite's byte order for UTF-8 text (String.compareTo's UTF-16 order is not, beyond
     * the Basic Multilingual Plane).
     */
    private static final Comparator<Claim> QUEUE_ORDER = Comparator
            .comparing((Claim c) -> c.seedName().codePoints().toArray(), Arrays::compare)
            .thenComparingInt(Claim::position).thenComparingLong(Claim::id);

    private static List<Integer> idsOf(Stream<Claim> claims) {
        return claims.map(c -> (int) c.id()).toList();
    }

    public Optional<Claim> nextPending(Collection<Claim> skipped) {
        return nextPending(ClaimQuery.of(StatusFilter.PENDING, null), skipped);
    }

    /** Claim ids starting with the digits typed so far, with their text, in id order, for tab completion. */
    public List<Claim> completionCandidates(String idPrefix, Set<ClaimStatus> statuses, int limit) {
        Condition c = CLAIM.STATUS.in(statuses.stream().map(Enum::name).toList());
        if (!idPrefix.isEmpty()) {
            c = c.and(CLAIM.ID.cast(String.class).startsWith(idPrefix));
        }
        return select().where(c).orderBy(CLAIM.ID).limit(limit).fetch(ClaimRepository::toClaim);
    }

    private static Condition conditions(ClaimQuery q) {
        return statusIn(q).and(filters(q));
    }

    private static Condition statusIn(ClaimQuery q) {
        return CLAIM.STATUS.in(q.status().statuses().stream().map(Enum::name).toList());
    }

    /** Every condition of the query but its status. */
    private static Condition filters(ClaimQuery q) {
        Condition c = attributes(q);
        if (q.search() != null) {
            // FTS5 tables are not in the generated schema; the query text is a bind value.
            c = c.and(DSL.condition("{0} in (select rowid from claim_fts where claim_fts match {1})", CLAIM.ID,
                    DSL.val(FullTextQuery.of(q.search()))));
        }
        return c;
    }

    /** The query's seed, type and score conditions. */
    private static Condition attributes(ClaimQuery q) {
        Condition c = DSL.noCondition();
        if (q.seedName() != null) {
            c = c.and(CLAIM.SEED_ID.eq(DSL.select(SEED.ID).from(SEED).where(SEED.NAME.eq(q.seedName()))));
        }
        if (q.type() != null) {
            c = c.and(CLAIM.CLAIM_TYPE.eq(q.type().name()));
        }
        if (q.minScore() != null) {
            c = c.and(CLAIM.SCORE.ge(q.minScore().floatValue()));
        }
        return c;
    }

    /**
     * Seeds by name on the outside, each seed's claims looked up by (seed, status) inside: SQLite
     * keeps the tables in CROSS JOIN order, so the first page of a list or the next claim of the
     * queue is found without reading and sorting every match, whatever its statistics suggest.
     */
    private org.jooq.SelectConditionStep<Record> selectInSeedOrder() {
        return dsl.select(CLAIM.fields()).select(SEED.NAME, SEED.TITLE)
                .from(SEED.crossJoin(CLAIM)).where(CLAIM.SEED_ID.eq(SEED.ID));
    }

    private SelectJoinStep<Record> select() {
        return dsl.select(CLAIM.fields()).select(SEED.NAME, SEED.TITLE)
                .from(CLAIM).join(SEED).on(SEED.ID.eq(CLAIM.SEED_ID));
    }

    private static Claim toClaim(Record r) {
        String reasons = r.get(CLAIM.REASONS);
        return new Claim(r.get(CLAIM.ID), r.get(CLAIM.SEED_ID), r.get(SEED.NAME), r.get(SEED.TITLE),
                r.get(CLAIM.POSITION), r.get(CLAIM.START_OFFSET), r.get(CLAIM.END_OFFSET), r.get(CLAIM.TEXT),
                r.get(CLAIM.CONTEXT_BEFORE), r.get(CLAIM.CONTEXT_AFTER), r.get(CLAIM.FINGERPRINT),
                Math.round(r.get(CLAIM.SCORE) * 100) / 100.0,
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n")),
                ClaimType.valueOf(r.get(CLAIM.CLAIM_TYPE)), r.get(CLAIM.CHECKWORTHY) == 1,
                r.get(CLAIM.PROMOTED) == 1, r.get(CLAIM.CLAIMANT), ClaimStatus.valueOf(r.get(CLAIM.STATUS)));
    }
}
