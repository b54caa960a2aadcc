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

    /** A run of one batch's verdicts in file order, ended by {@link Run#close()}; see {@link BulkLoader.Appender}. */
    Run start(long batchId, String osUser, Instant recordedAt) {
        return new Run(batchId, osUser, recordedAt);
    }

    /**
     * Sends each verdict as it is added; its evidence follows when the run is closed, once the verdicts have the
     * ids the database gave them. Until then the connection is busy with the run.
     */
    final class Run {
        private final long batchId;
        private final String osUser;
        private final Instant recordedAt;
        private final BulkLoader.Appender verdicts = loader.appender(VERDICT, VERDICT_COLUMNS);
        private final List<NewVerdict> withEvidence = new ArrayList<>();

        private Run(long batchId, String osUser, Instant recordedAt) {
            this.batchId = batchId;
            this.osUser = osUser;
            this.recordedAt = recordedAt;
        }

        void add(NewVerdict n) {
            VerdictInput v = n.input();
            verdicts.add(new Object[] {v.claimId().value(), VerdictEntry.Kind.VERDICT, v.rating(), v.note().value(),
                v.reviewer().value(), osUser, v.reviewedAt(), recordedAt, batchId, n.batchRow(), n.key(), n.importKey()});
            if (!v.evidence().isEmpty()) {
                withEvidence.add(n);
            }
        }

        void close() {
            verdicts.close();
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
            withEvidence.clear();
            loader.load(VERDICT_EVIDENCE, EVIDENCE_COLUMNS, evidence);
        }

        /** Gives the run up after a failure: the caller's transaction is rolled back. */
        void abandon() {
            verdicts.abandon();
            withEvidence.clear();
        }
    }
}
