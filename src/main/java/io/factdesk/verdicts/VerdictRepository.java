package io.factdesk.verdicts;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static io.factdesk.jooq.Tables.VERDICT;
import static io.factdesk.jooq.Tables.VERDICT_EVIDENCE;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.selectOne;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.SQLDialect;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;
import io.factdesk.jooq.tables.Verdict;

@Repository
public class VerdictRepository {

    /** The import's two INSERT statements, rendered by jOOQ on first use (not at start-up, which every command pays). */
    private static final class BatchSql {
        static final String VERDICT_ROW = DSL.using(SQLDialect.SQLITE).render(DSL.insertInto(VERDICT,
                VERDICT.ID, VERDICT.CLAIM_ID, VERDICT.KIND, VERDICT.RATING, VERDICT.NOTE, VERDICT.REVIEWER,
                VERDICT.OS_USER, VERDICT.REVIEWED_AT, VERDICT.RECORDED_AT, VERDICT.BATCH_ID, VERDICT.BATCH_ROW,
                VERDICT.CONTENT_KEY, VERDICT.IMPORT_KEY)
                .values((Integer) null, null, null, null, null, null, null, null, null, null, null, null, null));
        static final String EVIDENCE_ROW = DSL.using(SQLDialect.SQLITE).render(DSL.insertInto(VERDICT_EVIDENCE,
                VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.POSITION, VERDICT_EVIDENCE.URL)
                .values((Integer) null, null, null));
    }

    private static final Verdict UNDO = VERDICT.as("undo");
    private static final Verdict SOURCE = VERDICT.as("applied_source");
    private static final int IN_CHUNK = 900;
    private static final Condition IS_LIVE = VERDICT.KIND.eq("VERDICT")
            .and(notExists(selectOne().from(UNDO).where(UNDO.RETRACTS_ID.eq(VERDICT.ID))));

    private final DSLContext dsl;

    public VerdictRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Appends a verdict and its evidence; returns the new entry's id. appliedFromId is the entry an
     * apply-group copy was made from, else null.
     */
    public long insertVerdict(VerdictInput v, String osUser, String recordedAt, Long supersedesId,
                              Integer batchId, Integer batchRow, Long appliedFromId) {
        int id = dsl.insertInto(VERDICT)
                .set(VERDICT.CLAIM_ID, (int) v.claimId().value())
                .set(VERDICT.KIND, "VERDICT")
                .set(VERDICT.RATING, v.rating().name())
                .set(VERDICT.NOTE, v.note().value())
                .set(VERDICT.REVIEWER, v.reviewer().value())
                .set(VERDICT.OS_USER, osUser)
                .set(VERDICT.REVIEWED_AT, v.reviewedAt().toString())
                .set(VERDICT.RECORDED_AT, recordedAt)
                .set(VERDICT.SUPERSEDES_ID, supersedesId == null ? null : supersedesId.intValue())
                .set(VERDICT.BATCH_ID, batchId)
                .set(VERDICT.BATCH_ROW, batchRow)
                .set(VERDICT.CONTENT_KEY, VerdictKey.of(v))
                .set(VERDICT.APPLIED_FROM_ID, appliedFromId == null ? null : appliedFromId.intValue())
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

    public long insertRetraction(long claimId, long retractedId, String reviewer, String osUser, String now) {
        return dsl.insertInto(VERDICT)
                .set(VERDICT.CLAIM_ID, (int) claimId)
                .set(VERDICT.KIND, "RETRACTION")
                .set(VERDICT.REVIEWER, reviewer)
                .set(VERDICT.OS_USER, osUser)
                .set(VERDICT.REVIEWED_AT, now)
                .set(VERDICT.RECORDED_AT, now)
                .set(VERDICT.RETRACTS_ID, (int) retractedId)
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
                .where(VERDICT.CLAIM_ID.eq((int) claimId), IS_LIVE)
                .orderBy(VERDICT.ID.desc())
                .fetch().stream()
                .filter(r -> r.value2().equals(reviewer) || ReviewerName.canonical(r.value2()).equals(wanted))
                .map(r -> r.value1().longValue())
                .findFirst();
    }

    /** One entry by its id. */
    public Optional<VerdictEntry> find(long entryId) {
        return entries(VERDICT.ID.eq((int) entryId)).stream().findFirst();
    }

    /** The retraction that took this entry back, if one did. */
    public Optional<VerdictEntry> retractionOf(long entryId) {
        return entries(VERDICT.RETRACTS_ID.eq((int) entryId)).stream().findFirst();
    }

    /** Every entry on the claim, oldest first. */
    public List<VerdictEntry> history(long claimId) {
        return entries(VERDICT.CLAIM_ID.eq((int) claimId));
    }

    /** The live (not retracted) verdicts on these claims, oldest first. */
    public List<VerdictEntry> live(Collection<Long> claimIds) {
        return inChunks(claimIds, ids -> entries(VERDICT.CLAIM_ID.in(ids).and(IS_LIVE)));
    }

    public List<VerdictEntry> allEntries(Collection<Long> claimIds) {
        return inChunks(claimIds, ids -> entries(VERDICT.CLAIM_ID.in(ids)));
    }

    /**
     * SQLite allows at most 32,766 bind values in a statement, so long id lists are queried in
     * chunks; entries come back ordered by id within each chunk and chunks follow the input order.
     */
    private static List<VerdictEntry> inChunks(Collection<Long> claimIds,
                                               java.util.function.Function<List<Integer>, List<VerdictEntry>> query) {
        List<Integer> ids = claimIds.stream().map(Long::intValue).sorted().toList();
        List<VerdictEntry> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            out.addAll(query.apply(ids.subList(from, Math.min(ids.size(), from + IN_CHUNK))));
        }
        return out;
    }

    private List<VerdictEntry> entries(Condition condition) {
        List<Record> rows = dsl.select(VERDICT.fields()).select(IMPORT_BATCH.FILE_NAME, SOURCE.CLAIM_ID)
                .from(VERDICT).leftJoin(IMPORT_BATCH).on(IMPORT_BATCH.ID.eq(VERDICT.BATCH_ID))
                .leftJoin(SOURCE).on(SOURCE.ID.eq(VERDICT.APPLIED_FROM_ID))
                .where(condition)
                .orderBy(VERDICT.ID)
                .fetch();
        Map<Integer, List<String>> evidence = evidenceOf(rows.stream().map(r -> r.get(VERDICT.ID)).toList());
        List<VerdictEntry> out = new ArrayList<>(rows.size());
        for (Record r : rows) {
            Integer supersedes = r.get(VERDICT.SUPERSEDES_ID);
            Integer retracts = r.get(VERDICT.RETRACTS_ID);
            Integer appliedFrom = r.get(VERDICT.APPLIED_FROM_ID);
            Integer appliedFromClaim = r.get(SOURCE.CLAIM_ID);
            String rating = r.get(VERDICT.RATING);
            out.add(new VerdictEntry(r.get(VERDICT.ID), r.get(VERDICT.CLAIM_ID),
                    VerdictEntry.Kind.valueOf(r.get(VERDICT.KIND)), rating == null ? null : Rating.valueOf(rating),
                    evidence.getOrDefault(r.get(VERDICT.ID), List.of()), r.get(VERDICT.NOTE),
                    r.get(VERDICT.REVIEWER), r.get(VERDICT.OS_USER), r.get(VERDICT.REVIEWED_AT),
                    r.get(VERDICT.RECORDED_AT), supersedes == null ? null : supersedes.longValue(),
                    retracts == null ? null : retracts.longValue(), r.get(IMPORT_BATCH.FILE_NAME),
                    r.get(VERDICT.BATCH_ROW), appliedFrom == null ? null : appliedFrom.longValue(),
                    appliedFromClaim == null ? null : appliedFromClaim.longValue()));
        }
        return out;
    }

    private Map<Integer, List<String>> evidenceOf(List<Integer> verdictIds) {
        Map<Integer, List<String>> out = new java.util.HashMap<>();
        for (int from = 0; from < verdictIds.size(); from += IN_CHUNK) {
            out.putAll(dsl.select(VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.URL).from(VERDICT_EVIDENCE)
                    .where(VERDICT_EVIDENCE.VERDICT_ID.in(verdictIds.subList(from, Math.min(verdictIds.size(), from + IN_CHUNK))))
                    .orderBy(VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.POSITION)
                    .fetchGroups(VERDICT_EVIDENCE.VERDICT_ID, VERDICT_EVIDENCE.URL));
        }
        return out;
    }

    /**
     * A verdict about to be written by an import, with the id it will have; {@code importKey} says which
     * verdict the row is, and a unique index refuses a second entry with it.
     */
    public record NewVerdict(int id, VerdictInput input, String key, String importKey, int batchId, int batchRow) {
    }

    /** The id the next entry would get; valid inside a write transaction, which holds SQLite's write lock. */
    public int nextId() {
        Integer max = dsl.select(org.jooq.impl.DSL.max(VERDICT.ID)).from(VERDICT).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    /** Appends many verdicts and their evidence as two JDBC batches; ids are given by the caller. */
    public void insertBatch(List<NewVerdict> verdicts, String osUser, String recordedAt) {
        if (verdicts.isEmpty()) {
            return;
        }
        // jOOQ renders the statements; the rows are bound with plain JDBC batches, because a
        // million rows through jOOQ's BatchBindStep spend most of their time building jOOQ objects.
        dsl.connection(connection -> {
            try (PreparedStatement rows = connection.prepareStatement(BatchSql.VERDICT_ROW);
                 PreparedStatement evidence = connection.prepareStatement(BatchSql.EVIDENCE_ROW)) {
                boolean anyEvidence = false;
                for (NewVerdict n : verdicts) {
                    VerdictInput v = n.input();
                    Object[] values = {n.id(), (int) v.claimId().value(), "VERDICT", v.rating().name(), v.note().value(),
                        v.reviewer().value(), osUser, v.reviewedAt().toString(), recordedAt, n.batchId(), n.batchRow(),
                        n.key(), n.importKey()};
                    for (int i = 0; i < values.length; i++) {
                        rows.setObject(i + 1, values[i]);
                    }
                    rows.addBatch();
                    for (int i = 0; i < v.evidence().size(); i++) {
                        evidence.setInt(1, n.id());
                        evidence.setInt(2, i + 1);
                        evidence.setString(3, v.evidence().get(i).value());
                        evidence.addBatch();
                        anyEvidence = true;
                    }
                }
                rows.executeBatch();
                if (anyEvidence) {
                    evidence.executeBatch();
                }
            }
        });
    }

    /** 64-bit hashes of every verdict's content key, to recognise imported rows already in the log. */
    public void forEachKeyHash(java.util.function.LongConsumer sink) {
        try (var cursor = dsl.select(VERDICT.CONTENT_KEY).from(VERDICT)
                .where(VERDICT.CONTENT_KEY.isNotNull(), VERDICT.CONTENT_KEY.notLike("legacy:%")).fetchLazy()) {
            cursor.forEach(r -> sink.accept(VerdictKey.shortHash(r.value1())));
        }
    }

    /** Whether the log holds this verdict; a decision time, when given, must match too. */
    public boolean containsKey(String key, String reviewedAt) {
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
