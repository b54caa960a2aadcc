package io.factdesk.verdicts;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static io.factdesk.jooq.Tables.VERDICT;
import static io.factdesk.jooq.Tables.VERDICT_EVIDENCE;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.claims.ClaimStatus;
import io.factdesk.db.Database;
import io.factdesk.jooq.tables.Verdict;

@Repository
public class VerdictRepository {

    private static final Verdict UNDO = VERDICT.as("undo");
    private static final Verdict SOURCE = VERDICT.as("applied_source");
    private static final int IN_CHUNK = 900;
    private static final int CLAIMS_PER_STATUS_UPDATE = 20_000;
    /** Rows a cursor holds at a time (PostgreSQL's driver would otherwise read the whole result first). */
    private static final int FETCH_SIZE = 10_000;
    private static final Condition IS_LIVE = VERDICT.KIND.eq(VerdictEntry.Kind.VERDICT)
            .and(notExists(selectOne().from(UNDO).where(UNDO.RETRACTS_ID.eq(VERDICT.ID))));

    /**
     * A log entry, its batch's file name and the claim it was applied from, as plain columns mapped in
     * {@link #entries}: a nested row costs jOOQ an emulation at every rendering, more than the query
     * itself takes SQLite to answer.
     */
    private static final List<SelectField<?>> ENTRY = List.of(VERDICT.ID, VERDICT.CLAIM_ID, VERDICT.KIND,
            VERDICT.RATING, VERDICT.NOTE, VERDICT.REVIEWER, VERDICT.OS_USER, VERDICT.REVIEWED_AT, VERDICT.RECORDED_AT,
            VERDICT.SUPERSEDES_ID, VERDICT.RETRACTS_ID, IMPORT_BATCH.FILE_NAME, VERDICT.BATCH_ROW,
            VERDICT.APPLIED_FROM_ID, SOURCE.CLAIM_ID);

    private final DSLContext dsl;

    /**
     * The condition that a log entry is a verdict no retraction took back, for repositories of read
     * models that read the log themselves (agreement).
     */
    public static Condition isLive() {
        return IS_LIVE;
    }

    public VerdictRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Appends a verdict and its evidence; returns the new entry's id, which the database gives.
     * appliedFromId is the entry an apply-group copy was made from, else null.
     */
    public long insertVerdict(VerdictInput v, String osUser, Instant recordedAt, Long supersedesId,
                              Long batchId, Integer batchRow, Long appliedFromId) {
        long id = dsl.insertInto(VERDICT)
                .set(VERDICT.CLAIM_ID, v.claimId().value())
                .set(VERDICT.KIND, VerdictEntry.Kind.VERDICT)
                .set(VERDICT.RATING, v.rating())
                .set(VERDICT.NOTE, v.note().value())
                .set(VERDICT.REVIEWER, v.reviewer().value())
                .set(VERDICT.OS_USER, osUser)
                .set(VERDICT.REVIEWED_AT, v.reviewedAt())
                .set(VERDICT.RECORDED_AT, recordedAt)
                .set(VERDICT.SUPERSEDES_ID, supersedesId)
                .set(VERDICT.BATCH_ID, batchId)
                .set(VERDICT.BATCH_ROW, batchRow)
                .set(VERDICT.CONTENT_KEY, VerdictKey.of(v))
                .set(VERDICT.APPLIED_FROM_ID, appliedFromId)
                .returning(VERDICT.ID)
                .fetchSingle(VERDICT.ID);
        var insert = dsl.insertInto(VERDICT_EVIDENCE, VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.POSITION,
                VERDICT_EVIDENCE.URL);
        for (int i = 0; i < v.evidence().size(); i++) {
            insert = insert.values(id, i + 1, v.evidence().get(i).value());
        }
        if (!v.evidence().isEmpty()) {
            insert.execute();
        }
        return id;
    }

    public long insertRetraction(long claimId, long retractedId, String reviewer, String osUser, Instant now) {
        return dsl.insertInto(VERDICT)
                .set(VERDICT.CLAIM_ID, claimId)
                .set(VERDICT.KIND, VerdictEntry.Kind.RETRACTION)
                .set(VERDICT.REVIEWER, reviewer)
                .set(VERDICT.OS_USER, osUser)
                .set(VERDICT.REVIEWED_AT, now)
                .set(VERDICT.RECORDED_AT, now)
                .set(VERDICT.RETRACTS_ID, retractedId)
                .returning(VERDICT.ID)
                .fetchSingle(VERDICT.ID);
    }

    /**
     * The reviewer's newest verdict on the claim that has not been retracted. Names are compared in
     * their canonical form ({@link ReviewerName#canonical}), so an entry written before names were
     * normalised still counts as that reviewer's; a claim has few entries, so they are compared here.
     */
    public Optional<Long> latestLiveId(long claimId, String reviewer) {
        String wanted = ReviewerName.canonical(reviewer);
        return dsl.select(VERDICT.ID, VERDICT.REVIEWER).from(VERDICT)
                .where(VERDICT.CLAIM_ID.eq(claimId), IS_LIVE)
                .orderBy(VERDICT.ID.desc())
                .fetch().stream()
                .filter(r -> r.value2().equals(reviewer) || ReviewerName.canonical(r.value2()).equals(wanted))
                .map(r -> r.value1())
                .findFirst();
    }

    /** One entry by its id. */
    public Optional<VerdictEntry> find(long entryId) {
        return entries(VERDICT.ID.eq(entryId)).stream().findFirst();
    }

    /** The retraction that took this entry back, if one did. */
    public Optional<VerdictEntry> retractionOf(long entryId) {
        return entries(VERDICT.RETRACTS_ID.eq(entryId)).stream().findFirst();
    }

    /** Every entry on the claim, oldest first. */
    public List<VerdictEntry> history(long claimId) {
        return entries(VERDICT.CLAIM_ID.eq(claimId));
    }

    /** The live (not retracted) verdicts on these claims, oldest first. */
    public List<VerdictEntry> live(Collection<Long> claimIds) {
        return inChunks(claimIds, ids -> entries(VERDICT.CLAIM_ID.in(ids).and(IS_LIVE)));
    }

    public List<VerdictEntry> allEntries(Collection<Long> claimIds) {
        return inChunks(claimIds, ids -> entries(VERDICT.CLAIM_ID.in(ids)));
    }

    /**
     * Engines limit the bind values of one statement, so long id lists are queried in chunks; entries
     * come back ordered by id within each chunk and chunks follow the input order.
     */
    private static List<VerdictEntry> inChunks(Collection<Long> claimIds,
                                               java.util.function.Function<List<Long>, List<VerdictEntry>> query) {
        List<Long> ids = claimIds.stream().sorted().toList();
        List<VerdictEntry> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            out.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK))));
        }
        return out;
    }

    private List<VerdictEntry> entries(Condition condition) {
        var rows = dsl.select(ENTRY)
                .from(VERDICT).leftJoin(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(VERDICT.BATCH_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VERDICT.APPLIED_FROM_ID))
                .where(condition)
                .orderBy(VERDICT.ID)
                .fetch();
        java.util.Map<Long, List<String>> evidence = evidenceOf(rows.getValues(VERDICT.ID));
        return rows.map(r -> new VerdictEntry(r.get(VERDICT.ID), r.get(VERDICT.CLAIM_ID), r.get(VERDICT.KIND),
                r.get(VERDICT.RATING), evidence.getOrDefault(r.get(VERDICT.ID), List.of()), r.get(VERDICT.NOTE),
                r.get(VERDICT.REVIEWER), r.get(VERDICT.OS_USER), text(r.get(VERDICT.REVIEWED_AT)),
                text(r.get(VERDICT.RECORDED_AT)), r.get(VERDICT.SUPERSEDES_ID), r.get(VERDICT.RETRACTS_ID),
                r.get(IMPORT_BATCH.FILE_NAME), r.get(VERDICT.BATCH_ROW), r.get(VERDICT.APPLIED_FROM_ID),
                r.get(SOURCE.CLAIM_ID)));
    }

    private static String text(Instant time) {
        return time == null ? null : time.toString();
    }

    /** Each entry's evidence URLs in order, for many entries at once (in chunks, under the engines' bind limits). */
    private java.util.Map<Long, List<String>> evidenceOf(List<Long> verdictIds) {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        for (int from = 0; from < verdictIds.size(); from += IN_CHUNK) {
            out.putAll(dsl.select(VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.URL).from(VERDICT_EVIDENCE)
                    .where(VERDICT_EVIDENCE.VERDICT_ID.in(verdictIds.subList(from, Math.min(verdictIds.size(), from + IN_CHUNK))))
                    .orderBy(VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.POSITION)
                    .fetchGroups(VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.URL));
        }
        return out;
    }

    /**
     * Counts an import batch's verdicts into their claims' live verdicts (and so their status): the
     * log's trigger leaves imported rows to this, inside the import's transaction. One statement per
     * range of claim ids, so that statement journals stay small.
     */
    public void countLiveVerdictsOfBatch(long batchId) {
        var range = dsl.select(DSL.min(VERDICT.CLAIM_ID), DSL.max(VERDICT.CLAIM_ID)).from(VERDICT)
                .where(VERDICT.BATCH_ID.eq(batchId)).fetchOne();
        if (range == null || range.value1() == null) {
            return;
        }
        for (long low = range.value1(); low <= range.value2(); low += CLAIMS_PER_STATUS_UPDATE) {
            var perClaim = DSL.select(VERDICT.CLAIM_ID, DSL.count().as("n")).from(VERDICT)
                    .where(VERDICT.BATCH_ID.eq(batchId), VERDICT.KIND.eq(VerdictEntry.Kind.VERDICT),
                            VERDICT.CLAIM_ID.between(low, low + CLAIMS_PER_STATUS_UPDATE - 1))
                    .groupBy(VERDICT.CLAIM_ID).asTable("batch");
            // the trigger's rule for a new verdict: REVIEWED unless stale
            dsl.update(CLAIM)
                    .set(CLAIM.LIVE_VERDICTS, CLAIM.LIVE_VERDICTS.plus(perClaim.field("n", Integer.class)))
                    .set(CLAIM.STATUS, DSL.when(CLAIM.STALE.isTrue(), DSL.inline(ClaimStatus.STALE, CLAIM.STATUS))
                            .otherwise(DSL.inline(ClaimStatus.REVIEWED, CLAIM.STATUS)))
                    .from(perClaim)
                    .where(CLAIM.ID.eq(perClaim.field(VERDICT.CLAIM_ID)))
                    .execute();
        }
    }

    /** 64-bit hashes of every verdict's content key, to recognise imported rows already in the log. */
    public void forEachKeyHash(java.util.function.LongConsumer sink) {
        try (var cursor = dsl.select(VERDICT.CONTENT_KEY).from(VERDICT)
                .where(VERDICT.CONTENT_KEY.isNotNull(), VERDICT.CONTENT_KEY.notLike("legacy:%")).fetchSize(FETCH_SIZE).fetchLazy()) {
            cursor.forEach(r -> sink.accept(VerdictKey.shortHash(r.value1())));
        }
    }

    /** Whether the log holds this verdict; a decision time, when given, must match too. */
    public boolean containsKey(String key, Instant reviewedAt) {
        Condition c = VERDICT.CONTENT_KEY.eq(key);
        if (reviewedAt != null) {
            c = c.and(VERDICT.REVIEWED_AT.eq(reviewedAt));
        }
        return dsl.fetchExists(VERDICT, c);
    }

    /** Everyone who has recorded a verdict, for completion and reports; each person once, by their canonical name. */
    public List<String> reviewers() {
        return dsl.selectDistinct(VERDICT.REVIEWER).from(VERDICT).fetch(VERDICT.REVIEWER).stream()
                .map(ReviewerName::canonical).filter(n -> !n.isEmpty()).distinct().sorted().toList();
    }

    public int countEntries() {
        return dsl.fetchCount(VERDICT);
    }
}
