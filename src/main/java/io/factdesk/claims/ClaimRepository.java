package io.factdesk.claims;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.CLAIM_LEASE;
import static io.factdesk.jooq.Tables.SEED;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;
import io.factdesk.db.FullTextSearch;

@Repository
public class ClaimRepository {

    private final DSLContext dsl;
    private final FullTextSearch fullTextSearch;
    private final io.factdesk.db.RowLocking rowLocking;

    public ClaimRepository(Database database) {
        this.dsl = database.dsl();
        this.fullTextSearch = database.fullTextSearch();
        this.rowLocking = database.rowLocking();
    }

    /** The ids of the claims an editor has published, as a bit set, for an import's rows. */
    public java.util.BitSet publishedIds() {
        java.util.BitSet ids = new java.util.BitSet();
        dsl.select(CLAIM.ID).from(CLAIM).where(CLAIM.PUBLISHED_AT.isNotNull()).fetch(CLAIM.ID).forEach(id -> ids.set(Math.toIntExact(id)));
        return ids;
    }

    /** Every claim id, as a bit set: an import checks a million rows against it without a query each. */
    public java.util.BitSet allIds() {
        java.util.BitSet ids = new java.util.BitSet();
        // fetched in pages (PostgreSQL's driver would otherwise read the whole result first)
        try (var cursor = dsl.select(CLAIM.ID).from(CLAIM).fetchSize(10_000).fetchLazy()) {
            cursor.forEach(r -> ids.set(Math.toIntExact(r.value1())));
        }
        return ids;
    }

    public Map<String, Long> idsByFingerprint() {
        return dsl.select(CLAIM.FINGERPRINT, CLAIM.ID).from(CLAIM).fetchMap(CLAIM.FINGERPRINT, CLAIM.ID);
    }

    public String fingerprintOf(ClaimId id) {
        return dsl.select(CLAIM.FINGERPRINT).from(CLAIM).where(CLAIM.ID.eq(id.value())).fetchOne(CLAIM.FINGERPRINT);
    }

    public void promote(long claimId) {
        dsl.update(CLAIM).set(CLAIM.PROMOTED, true).where(CLAIM.ID.eq(claimId)).execute();
    }

    public Optional<Claim> find(ClaimId id) {
        return ClaimRows.select(dsl).where(CLAIM.ID.eq(id.value())).fetchOptional(ClaimRows::toClaim);
    }

    /** The name of every seed the workbench has read, removed ones included: what --seed may name. */
    public Set<String> seedNames() {
        return new java.util.HashSet<>(dsl.select(SEED.NAME).from(SEED).fetch(SEED.NAME));
    }

    /**
     * Holds the claim until the transaction ends, so that a decision about it (a sign-off) and a verdict
     * on it are made one after the other; empty when there is no such claim.
     */
    public Optional<Claim> findLocked(ClaimId id) {
        return rowLocking.locking(ClaimRows.select(dsl).where(CLAIM.ID.eq(id.value())), CLAIM).fetchOptional(ClaimRows::toClaim);
    }

    public boolean exists(ClaimId id) {
        return dsl.fetchExists(CLAIM, CLAIM.ID.eq(id.value()));
    }

    public List<Claim> list(ClaimQuery query) {
        return ClaimRows.select(dsl).where(conditions(query))
                .orderBy(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID)
                .limit(query.limit()).offset(query.offset())
                .fetch(ClaimRows::toClaim);
    }

    /**
     * The next page after a claim, in seed order: keyset paging, so reading a large status page by
     * page costs the same at the end as at the start (OFFSET would re-walk every earlier row).
     */
    public List<Claim> listAfter(ClaimQuery query, Claim after, int limit) {
        Condition c = conditions(query);
        if (after != null) {
            c = c.and(DSL.row(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID).gt(after.seedName(), after.position(), after.id()));
        }
        return ClaimRows.select(dsl).where(c).orderBy(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID).limit(limit)
                .fetch(ClaimRows::toClaim);
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
            counts.put(status, dsl.fetchCount(CLAIM, CLAIM.STATUS.eq(status).and(ClaimConditions.reviewState(query)).and(filters(query))));
        }
        return counts;
    }

    /** Claims matching a full-text search, in claim-id order, so that the order is the same on every engine. */
    public List<Claim> search(ClaimQuery query) {
        return fullTextSearch.inIdOrder(ClaimRows.select(dsl), CLAIM.ID, FullTextSearch.terms(query.search()),
                        ClaimConditions.statusIn(query).and(ClaimConditions.attributes(query)))
                .limit(query.limit()).offset(query.offset())
                .fetch(ClaimRows::toClaim);
    }

    /** The first pending claim in seed order that matches the filter, leaving out the ones the reviewer skipped. */
    public Optional<Claim> nextPending(ClaimQuery filter, Collection<Claim> skipped) {
        return nextPending(filter, skipped, null);
    }

    /**
     * The next pending claim after the one on screen (in the queue's order), else the first one from the
     * top: the review queue moves forward from where it is instead of walking every reviewed claim before
     * it at each step, and still comes back for claims that became pending behind it. The order is the
     * database's, read from one index (status, seed name, position, id): seed names compare under the
     * column's collation, which both engines' schemas define as code-point order (SQLite's BINARY,
     * PostgreSQL's "C").
     */
    public Optional<Claim> nextPending(ClaimQuery filter, Collection<Claim> skipped, Claim after) {
        Condition pending = conditions(filter.withStatus(StatusFilter.PENDING))
                .and(CLAIM.ID.notIn(skipped.stream().map(Claim::id).toList()));
        Optional<Claim> next = Optional.empty();
        if (after != null) {
            next = ClaimRows.select(dsl).where(pending, CLAIM.SEED_ID.eq(after.seedId()),
                            DSL.row(CLAIM.POSITION, CLAIM.ID).gt(after.position(), after.id()))
                    .orderBy(CLAIM.POSITION, CLAIM.ID).limit(1).fetchOptional(ClaimRows::toClaim);
            if (next.isEmpty()) {
                next = ClaimRows.select(dsl).where(pending).and(CLAIM.SEED_NAME.gt(after.seedName()))
                        .orderBy(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID).limit(1)
                        .fetchOptional(ClaimRows::toClaim);
            }
        }
        return next.isPresent() ? next : ClaimRows.select(dsl).where(pending)
                .orderBy(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID).limit(1).fetchOptional(ClaimRows::toClaim);
    }

    /**
     * The next claim for one reviewer: first the claims assigned to them, then the claims that still need
     * review; never one they have a live verdict on (unless {@code revisit}), nor one on another reviewer's
     * screen (an unexpired lease held by someone else). In the queue's order, moving on from the claim on
     * screen as {@link #nextPending(ClaimQuery, Collection, Claim)} does.
     */
    public Optional<Claim> nextFor(ClaimQuery filter, ReviewerTurn turn, Collection<Claim> skipped, Claim after) {
        Condition free = DSL.notExists(DSL.selectOne().from(CLAIM_LEASE).where(CLAIM_LEASE.CLAIM_ID.eq(CLAIM.ID),
                CLAIM_LEASE.HOLDER.ne(turn.holder()), CLAIM_LEASE.EXPIRES_AT.gt(turn.now())));
        // the policy and whether anything was ever returned or assigned to the reviewer, in one round trip
        var standing = dsl.select(ReviewPolicyColumns.REVIEWS_REQUIRED, DSL.field(Returns.anyFor(turn.reviewer())),
                DSL.field(Assignments.anyFor(turn.reviewer()))).fetchSingle();
        int required = standing.value1();
        if (Boolean.TRUE.equals(standing.value2())) {
            Optional<Claim> returned = first(CLAIM.STATUS.in(ClaimStatus.PENDING, ClaimStatus.REVIEWED)
                    .and(CLAIM.PUBLISHED_AT.isNull()).and(Returns.openFor(turn.reviewer())).and(filters(filter)).and(free),
                    skipped, after);
            if (returned.isPresent()) {
                return returned;
            }
        }
        if (Boolean.TRUE.equals(standing.value3())) {
            Optional<Claim> assigned = firstOfQueue(filter, turn, required, free.and(Assignments.claimIn(turn.reviewer())),
                    skipped, after);
            if (assigned.isPresent()) {
                return assigned;
            }
        }
        return firstOfQueue(filter, turn, required, free, skipped, after);
    }

    /**
     * The first claim of the reviewer's queue: asked once per stored status, so that each is one range of
     * the queue index in its order (one query over both statuses would sort every claim that needs review).
     * With one review required, a reviewed claim never needs another, so only pending claims are asked;
     * a pending claim has no verdict, mine or anyone's.
     */
    private Optional<Claim> firstOfQueue(ClaimQuery filter, ReviewerTurn turn, int required, Condition extra,
                                         Collection<Claim> skipped, Claim after) {
        extra = extra.and(ClaimConditions.inReview());
        Optional<Claim> pending = first(CLAIM.STATUS.eq(ClaimStatus.PENDING).and(filters(filter)).and(extra), skipped, after);
        Condition reviewed;
        if (turn.revisit()) {
            // the claims I judged come back, whatever state they are in now
            reviewed = DSL.not(ClaimConditions.notJudgedBy(turn.reviewer()));
        } else if (required > 1) {
            reviewed = CLAIM.DISPUTED.isFalse().and(CLAIM.REVIEWERS.lt(required)).and(ClaimConditions.notJudgedBy(turn.reviewer()));
        } else {
            return pending;
        }
        Optional<Claim> second = first(CLAIM.STATUS.eq(ClaimStatus.REVIEWED).and(reviewed).and(filters(filter)).and(extra),
                skipped, after);
        if (pending.isEmpty() || second.isEmpty()) {
            return pending.isPresent() ? pending : second;
        }
        return ClaimRows.queueOrder(pending.get(), second.get(), after) <= 0 ? pending : second;
    }

    /** How many people's verdicts each claim needs, by the team's policy. */
    public int reviewsRequired() {
        return dsl.select(ReviewPolicyColumns.REVIEWS_REQUIRED).fetchSingle().value1();
    }

    /**
     * How many claims are in the reviewer's queue (leases aside): what the prompt calls "to do". The claims
     * returned to them count, though they have judged them.
     */
    public int countToDo(String reviewer) {
        Condition returned = CLAIM.PUBLISHED_AT.isNull().and(Returns.openFor(reviewer));
        return dsl.fetchCount(CLAIM, queueOf(ClaimQuery.of(StatusFilter.NEEDS_REVIEW, null), reviewer, false)
                .or(Boolean.TRUE.equals(dsl.fetchValue(DSL.field(Returns.anyFor(reviewer)))) ? returned : DSL.falseCondition()));
    }

    /** Claims that need review, without the ones the reviewer has a live verdict on (unless revisiting). */
    private Condition queueOf(ClaimQuery filter, String reviewer, boolean revisit) {
        Condition c = conditions(filter.withStatus(StatusFilter.NEEDS_REVIEW));
        return revisit || reviewer == null ? c : c.and(ClaimConditions.notJudgedBy(reviewer));
    }

    /**
     * The queue's pick asks for one row, written into the SQL rather than bound: a server that keeps the
     * statement's plan (PostgreSQL after a few runs of one statement) can then use one plan for every pick,
     * where an unknown row count makes the shared plan look too dear and the pick is planned anew each time.
     */
    private static final org.jooq.Param<Integer> ONE = DSL.inline(1);

    /**
     * The first claim that meets {@code c} and was not skipped, moving on from {@code after} (the queue wraps). Of
     * the skipped claims, the query moving on excludes only those further on in the queue, which a reviewer
     * stepping through it has not reached: usually none, so its statement stays the same from one card to the
     * next and the server plans it once, instead of once per card with one more id to leave out.
     */
    private Optional<Claim> first(Condition c, Collection<Claim> skipped, Claim after) {
        if (after != null) {
            List<Long> ahead = skipped.stream().filter(s -> ClaimRows.queueOrder(s, after) > 0).map(Claim::id).toList();
            Optional<Claim> next = ClaimRows.select(dsl).where(c, notAmong(ahead))
                    .and(DSL.row(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID).gt(after.seedName(), after.position(), after.id()))
                    .orderBy(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID).limit(ONE).fetchOptional(ClaimRows::toClaim);
            if (next.isPresent()) {
                return next;
            }
        }
        return ClaimRows.select(dsl).where(c, notAmong(skipped.stream().map(Claim::id).toList()))
                .orderBy(CLAIM.SEED_NAME, CLAIM.POSITION, CLAIM.ID).limit(ONE).fetchOptional(ClaimRows::toClaim);
    }

    private static Condition notAmong(List<Long> ids) {
        return ids.isEmpty() ? DSL.noCondition() : CLAIM.ID.notIn(ids);
    }

    public Optional<Claim> nextPending(Collection<Claim> skipped) {
        return nextPending(ClaimQuery.of(StatusFilter.PENDING, null), skipped);
    }

    /** Claim ids starting with the digits typed so far, with their text, in id order, for tab completion. */
    public List<Claim> completionCandidates(String idPrefix, Set<ClaimStatus> statuses, int limit) {
        Condition c = CLAIM.STATUS.in(statuses);
        if (!idPrefix.isEmpty()) {
            c = c.and(CLAIM.ID.cast(String.class).startsWith(idPrefix));
        }
        return ClaimRows.select(dsl).where(c).orderBy(CLAIM.ID).limit(limit).fetch(ClaimRows::toClaim);
    }

    private Condition conditions(ClaimQuery q) {
        return ClaimConditions.statusIn(q).and(filters(q));
    }

    /** Every condition of the query but its status. */
    private Condition filters(ClaimQuery q) {
        Condition c = ClaimConditions.attributes(q);
        if (q.search() != null) {
            c = c.and(fullTextSearch.matches(FullTextSearch.Index.CLAIMS, CLAIM.ID, FullTextSearch.terms(q.search())));
        }
        return c;
    }
}
