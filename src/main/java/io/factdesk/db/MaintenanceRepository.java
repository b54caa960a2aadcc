package io.factdesk.db;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static io.factdesk.jooq.Tables.SEED;
import static io.factdesk.jooq.Tables.VERDICT;

import java.nio.file.Path;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.sqlite.SQLiteConnection;

/** SQLite's own checks, sizes and online backup. The PRAGMAs take no user input. */
@Repository
public class MaintenanceRepository {

    private final DSLContext dsl;

    public MaintenanceRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** A consistent copy through SQLite's online backup API, which other processes may keep writing during. */
    public void backupTo(Path file) {
        dsl.connection(c -> {
            int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", file.toString(), null);
            if (rc != 0) {
                throw new java.sql.SQLException("backup failed with SQLite result code " + rc);
            }
        });
    }

    public record Stats(long pageSize, long pageCount, long freePages, int seeds, int claims, int stale, int verdictEntries,
                        int importBatches) {
    }

    public Stats stats() {
        return new Stats(pragma("page_size"), pragma("page_count"), pragma("freelist_count"), dsl.fetchCount(SEED),
                dsl.fetchCount(CLAIM), dsl.fetchCount(CLAIM, CLAIM.STALE.eq(1)), dsl.fetchCount(VERDICT),
                dsl.fetchCount(IMPORT_BATCH));
    }

    private long pragma(String name) {
        return ((Number) dsl.fetchValue("pragma " + name)).longValue();
    }
}
