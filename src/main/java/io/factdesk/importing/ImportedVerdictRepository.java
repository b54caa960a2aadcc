package io.factdesk.importing;

import static io.factdesk.jooq.Tables.VERDICT;
import static io.factdesk.jooq.Tables.VERDICT_EVIDENCE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import io.factdesk.db.BulkLoader;
import io.factdesk.db.Database;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictInput;

/**
 * Appends an import's verdicts through the engine's bulk loader. The database gives the ids; the
 * evidence rows then find their verdict by (batch, row), which a unique index keys.
 */
@Repository
public class ImportedVerdictRepository {

    /** A verdict about to be written by an import; {@code importKey} says which verdict the row is, and a unique index refuses a second entry with it. */
    record NewVerdict(VerdictInput input, String key, String importKey, int batchRow) {
    }

    private static final List<Field<?>> VERDICT_COLUMNS = List.of(VERDICT.CLAIM_ID, VERDICT.KIND, VERDICT.RATING,
            VERDICT.NOTE, VERDICT.REVIEWER, VERDICT.OS_USER, VERDICT.REVIEWED_AT, VERDICT.RECORDED_AT, VERDICT.BATCH_ID,
            VERDICT.BATCH_ROW, VERDICT.CONTENT_KEY, VERDICT.IMPORT_KEY);
    private static final List<Field<?>> EVIDENCE_COLUMNS = List.of(VERDICT_EVIDENCE.VERDICT_ID,
            VERDICT_EVIDENCE.POSITION, VERDICT_EVIDENCE.URL);

    private final DSLContext dsl;
    private final BulkLoader loader;

    public ImportedVerdictRepository(Database database) {
        this.dsl = database.dsl();
        this.loader = database.bulkLoader();
    }

    void insertBatch(long batchId, List<NewVerdict> verdicts, String osUser, Instant recordedAt) {
        if (verdicts.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(verdicts.size());
        for (NewVerdict n : verdicts) {
            VerdictInput v = n.input();
            rows.add(new Object[] {v.claimId().value(), VerdictEntry.Kind.VERDICT, v.rating(), v.note().value(),
                v.reviewer().value(), osUser, v.reviewedAt(), recordedAt, batchId, n.batchRow(), n.key(), n.importKey()});
        }
        loader.load(VERDICT, VERDICT_COLUMNS, rows);
        List<NewVerdict> withEvidence = verdicts.stream().filter(n -> !n.input().evidence().isEmpty()).toList();
        if (withEvidence.isEmpty()) {
            return;
        }
        Map<Integer, Long> idByRow = dsl.select(VERDICT.BATCH_ROW, VERDICT.ID).from(VERDICT)
                .where(VERDICT.BATCH_ID.eq(batchId),
                        VERDICT.BATCH_ROW.between(withEvidence.get(0).batchRow(), withEvidence.get(withEvidence.size() - 1).batchRow()))
                .fetchMap(VERDICT.BATCH_ROW, VERDICT.ID);
        List<Object[]> evidence = new ArrayList<>();
        for (NewVerdict n : withEvidence) {
            long id = idByRow.get(n.batchRow());
            for (int i = 0; i < n.input().evidence().size(); i++) {
                evidence.add(new Object[] {id, i + 1, n.input().evidence().get(i).value()});
            }
        }
        loader.load(VERDICT_EVIDENCE, EVIDENCE_COLUMNS, evidence);
    }
}
