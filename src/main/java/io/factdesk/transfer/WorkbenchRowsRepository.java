package io.factdesk.transfer;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.CLAIM_EMBEDDING;
import static io.factdesk.jooq.Tables.CLAIM_GROUP_MEMBER;
import static io.factdesk.jooq.Tables.CLAIM_MATCH;
import static io.factdesk.jooq.Tables.DESK_EVENT;
import static io.factdesk.jooq.Tables.FACT_CHECK;
import static io.factdesk.jooq.Tables.REVIEW_POLICY;
import static io.factdesk.jooq.Tables.TEAM_MEMBER;
import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static io.factdesk.jooq.Tables.SEED;
import static io.factdesk.jooq.Tables.VERDICT;
import static io.factdesk.jooq.Tables.VERDICT_EVIDENCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.Table;
import org.jooq.impl.DSL;

import io.factdesk.claims.ClaimStatus;
import io.factdesk.db.Batches;
import io.factdesk.db.Database;

/**
 * Every row of a workbench, table by table in key order, as plain values in the order of the table's
 * columns; and the same rows written back with their ids. Pages are found by key (the rows after the
 * last one read), so that a table of any size is read in pieces and no cursor stays open.
 */
final class WorkbenchRowsRepository {

    /** A claim's count of live verdicts and the status that follows from it. */
    record ClaimCounts(long id, int liveVerdicts, ClaimStatus status, int reviewers, boolean disputed) {
    }

    private final DSLContext dsl;

    WorkbenchRowsRepository(Database database) {
        this.dsl = database.dsl();
    }

    private static Table<?> table(WorkbenchTable table) {
        return switch (table) {
            case SEED -> SEED;
            case CLAIM -> CLAIM;
            case CLAIM_EMBEDDING -> CLAIM_EMBEDDING;
            case CLAIM_VECTOR_LIST -> io.factdesk.jooq.Tables.CLAIM_VECTOR_LIST;
            case IMPORT_BATCH -> IMPORT_BATCH;
            case VERDICT -> VERDICT;
            case VERDICT_EVIDENCE -> VERDICT_EVIDENCE;
            case CLAIM_GROUP_MEMBER -> CLAIM_GROUP_MEMBER;
            case CLAIM_MATCH -> CLAIM_MATCH;
            case TEAM_MEMBER -> TEAM_MEMBER;
            case REVIEW_POLICY -> REVIEW_POLICY;
            case DESK_EVENT -> DESK_EVENT;
            case FACT_CHECK -> FACT_CHECK;
            case FACT_CHECK_EMBEDDING -> io.factdesk.jooq.Tables.FACT_CHECK_EMBEDDING;
            case CLAIM_LIBRARY_MATCH -> io.factdesk.jooq.Tables.CLAIM_LIBRARY_MATCH;
        };
    }

    /** The table's primary key, whose order is the order rows are read and compared in. */
    private static List<Field<?>> key(WorkbenchTable table) {
        return table(table).getPrimaryKey().getFields().stream().<Field<?>>map(f -> f).toList();
    }

    boolean isEmpty() {
        return Arrays.stream(WorkbenchTable.values()).filter(t -> t != WorkbenchTable.REVIEW_POLICY)
                .noneMatch(t -> dsl.fetchExists(table(t)));
    }

    /** The page of rows after {@code last} (null: the first page), in key order; an empty list at the end. */
    List<Object[]> rowsAfter(WorkbenchTable workbenchTable, Object[] last) {
        Table<?> table = table(workbenchTable);
        List<Field<?>> key = key(workbenchTable);
        return dsl.selectFrom(table)
                .where(last == null ? DSL.noCondition() : after(table, key, last))
                .orderBy(key)
                .limit(workbenchTable.pageSize())
                .fetch(Record::intoArray);
    }

    private static Condition after(Table<?> table, List<Field<?>> key, Object[] last) {
        Object[] lastKey = key.stream().map(f -> last[table.indexOf(f)]).toArray();
        return DSL.row(key).gt(DSL.row(lastKey));
    }

    /**
     * Writes rows as {@link #rowsAfter} read them, ids included. A claim is written with no live verdicts:
     * the verdict log's triggers count them again as the log is written, and {@link #setClaimCounts} then
     * puts back the source's numbers (which also count the imported verdicts the triggers leave alone). A claim
     * is written unpublished too: the log refuses entries on a published claim, and the desk log's sign-offs and
     * corrections, written after the verdicts in the order they were made, publish it again as they did the first
     * time (the checksum at the end shows that they did).
     */
    void insert(WorkbenchTable workbenchTable, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Table<?> table = table(workbenchTable);
        List<Record> records = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Record record = dsl.newRecord(table.fields());
            record.fromArray(row);
            if (workbenchTable == WorkbenchTable.CLAIM) {
                record.set(CLAIM.LIVE_VERDICTS, 0);
                record.set(CLAIM.PUBLISHED_AT, null);
                record.set(CLAIM.FINAL_RATING, null);
            }
            records.add(record);
        }
        if (workbenchTable == WorkbenchTable.REVIEW_POLICY) {
            dsl.deleteFrom(REVIEW_POLICY).execute();
        }
        if (workbenchTable == WorkbenchTable.DESK_EVENT) {
            // One statement per step (not a batch, which the driver rewrites into one statement): a sign-off
            // publishes its claim in a trigger that PostgreSQL runs at the end of its statement, and a correction
            // later in the same statement would find the claim not yet published.
            records.forEach(r -> dsl.insertInto(table).columns(table.fields()).values(r.intoArray()).execute());
            return;
        }
        dsl.insertInto(table).columns(table.fields()).valuesOfRecords(records).execute();
    }

    /** The claims after {@code afterId}, one page of them, with their counts. */
    List<ClaimCounts> claimCountsAfter(long afterId) {
        return dsl.select(CLAIM.ID, CLAIM.LIVE_VERDICTS, CLAIM.STATUS, CLAIM.REVIEWERS, CLAIM.DISPUTED).from(CLAIM)
                .where(CLAIM.ID.gt(afterId))
                .orderBy(CLAIM.ID)
                .limit(WorkbenchTable.CLAIM.pageSize())
                .fetch(Records.mapping(ClaimCounts::new));
    }

    void setClaimCounts(List<ClaimCounts> counts) {
        if (counts.isEmpty()) {
            return;
        }
        // reviewers and disputed after live_verdicts: its trigger recomputes them, and the source's values stand
        Batches.execute(dsl, dsl.update(CLAIM).set(CLAIM.LIVE_VERDICTS, (Integer) null).set(CLAIM.STATUS, (ClaimStatus) null)
                .set(CLAIM.REVIEWERS, (Integer) null).set(CLAIM.DISPUTED, (Boolean) null)
                .where(CLAIM.ID.eq((Long) null)), counts,
                c -> new Object[] {c.liveVerdicts(), c.status(), c.reviewers(), c.disputed(), c.id()});
    }
}
