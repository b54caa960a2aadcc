package io.factdesk.importing;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;

import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import io.factdesk.db.Database;

@Repository
public class ImportBatchRepository {

    private final DSLContext dsl;

    public ImportBatchRepository(Database database) {
        this.dsl = database.dsl();
    }

    public Optional<Long> findByHash(String contentHash) {
        return dsl.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(IMPORT_BATCH.CONTENT_HASH.eq(contentHash))
                .fetchOptional(IMPORT_BATCH.ID);
    }

    /**
     * A batch whose hash is known only once its file has been read: a placeholder (unique, and seen by no
     * other connection, as the batch is written inside the import's transaction) until {@link #complete}.
     */
    public long insertPending(String fileName, String osUser, java.time.Instant now) {
        return dsl.insertInto(IMPORT_BATCH)
                .set(IMPORT_BATCH.FILE_NAME, fileName)
                .set(IMPORT_BATCH.CONTENT_HASH, "pending:" + UUID.randomUUID())
                .set(IMPORT_BATCH.ROW_COUNT, 0)
                .set(IMPORT_BATCH.OS_USER, osUser)
                .set(IMPORT_BATCH.IMPORTED_AT, now)
                .returning(IMPORT_BATCH.ID)
                .fetchSingle(IMPORT_BATCH.ID);
    }

    /** The file's hash and row count, known at the end of the single pass; the hash's unique index refuses a second batch of one file. */
    public void complete(long batchId, String contentHash, int rows) {
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.CONTENT_HASH, contentHash).set(IMPORT_BATCH.ROW_COUNT, rows)
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }
}
