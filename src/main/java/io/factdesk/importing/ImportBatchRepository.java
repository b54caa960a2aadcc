package io.factdesk.importing;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;

import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;

@Repository
public class ImportBatchRepository {

    private final DSLContext dsl;

    public ImportBatchRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<Integer> findByHash(String contentHash) {
        return dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.CONTENT_HASH.eq(contentHash))
                .fetchOptional(IMPORT_BATCH.ID);
    }

    public int insert(String fileName, String contentHash, int rows, String osUser, String now) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_NAME, fileName)
                .set(IMPORT_BATCH.CONTENT_HASH, contentHash)
                .set(IMPORT_BATCH.ROW_COUNT, rows)
                .set(IMPORT_BATCH.OS_USER, osUser)
                .set(IMPORT_BATCH.IMPORTED_AT, now)
                .returning(IMPORT_BATCH.ID)
                .fetchSingle(IMPORT_BATCH.ID);
    }

    /** The row count is known at the end of the single pass; the batch row is written first so verdicts can refer to it. */
    public void setRowCount(int batchId, int rows) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.ROW_COUNT, rows).where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }
}
