package io.factdesk.importing;

import static io.factdesk.jooq.Tables.VERDICT;
import static io.factdesk.jooq.Tables.VERDICT_EVIDENCE;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;
import io.factdesk.db.InstantBinding;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictInput;

/**
 * Appends an import's verdicts in JDBC batches. The database gives the ids; the evidence rows then find
 * their verdict by (batch, row), which a unique index keys.
 */
@Repository
public class ImportedVerdictRepository {

    /** A verdict about to be written by an import; {@code importKey} says which verdict the row is, and a unique index refuses a second entry with it. */
    record NewVerdict(VerdictInput input, String key, String importKey, int batchRow) {
    }

    private final DSLContext dsl;
    private final String verdictRow;
    private final String evidenceRow;

    public ImportedVerdictRepository(Database database) {
        this.dsl = database.dsl();
        // jOOQ renders the statements; the rows are bound with plain JDBC batches, because a million rows
        // through jOOQ's BatchBindStep spend most of their time building jOOQ objects.
        this.verdictRow = dsl.render(DSL.insertInto(VERDICT, VERDICT.CLAIM_ID, VERDICT.KIND, VERDICT.RATING, VERDICT.NOTE,
                        VERDICT.REVIEWER, VERDICT.OS_USER, VERDICT.REVIEWED_AT, VERDICT.RECORDED_AT, VERDICT.BATCH_ID,
                        VERDICT.BATCH_ROW, VERDICT.CONTENT_KEY, VERDICT.IMPORT_KEY)
                .values((Long) null, null, null, null, null, null, null, null, null, null, null, null));
        this.evidenceRow = dsl.render(DSL.insertInto(VERDICT_EVIDENCE, VERDICT_EVIDENCE.VERDICT_ID,
                VERDICT_EVIDENCE.POSITION, VERDICT_EVIDENCE.URL).values((Long) null, null, null));
    }

    void insertBatch(long batchId, List<NewVerdict> verdicts, String osUser, Instant recordedAt) {
        if (verdicts.isEmpty()) {
            return;
        }
        var dialect = dsl.dialect();
        Object recorded = InstantBinding.jdbcValue(dialect, recordedAt);
        dsl.connection(connection -> {
            try (PreparedStatement rows = connection.prepareStatement(verdictRow)) {
                for (NewVerdict n : verdicts) {
                    VerdictInput v = n.input();
                    Object[] values = {v.claimId().value(), VerdictEntry.Kind.VERDICT.name(), v.rating().name(),
                        v.note().value(), v.reviewer().value(), osUser, InstantBinding.jdbcValue(dialect, v.reviewedAt()),
                        recorded, batchId, n.batchRow(), n.key(), n.importKey()};
                    for (int i = 0; i < values.length; i++) {
                        rows.setObject(i + 1, values[i]);
                    }
                    rows.addBatch();
                }
                rows.executeBatch();
            }
        });
        List<NewVerdict> withEvidence = verdicts.stream().filter(n -> !n.input().evidence().isEmpty()).toList();
        if (withEvidence.isEmpty()) {
            return;
        }
        Map<Integer, Long> idByRow = dsl.select(VERDICT.BATCH_ROW, VERDICT.ID).from(VERDICT)
                .where(VERDICT.BATCH_ID.eq(batchId),
                        VERDICT.BATCH_ROW.between(withEvidence.get(0).batchRow(), withEvidence.get(withEvidence.size() - 1).batchRow()))
                .fetchMap(VERDICT.BATCH_ROW, VERDICT.ID);
        dsl.connection(connection -> {
            try (PreparedStatement evidence = connection.prepareStatement(evidenceRow)) {
                for (NewVerdict n : withEvidence) {
                    long id = idByRow.get(n.batchRow());
                    for (int i = 0; i < n.input().evidence().size(); i++) {
                        evidence.setLong(1, id);
                        evidence.setInt(2, i + 1);
                        evidence.setString(3, n.input().evidence().get(i).value());
                        evidence.addBatch();
                    }
                }
                evidence.executeBatch();
            }
        });
    }
}
