package io.factdesk.db;

import static io.factdesk.jooq.Tables.CLAIM;
import static io.factdesk.jooq.Tables.FACT_CHECK;
import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static io.factdesk.jooq.Tables.SEED;
import static io.factdesk.jooq.Tables.VERDICT;

import org.springframework.stereotype.Repository;

/** How much the workbench holds, for 'db stats'. */
@Repository
public class TableCountsRepository {

    public record Counts(int seeds, int claims, int stale, int verdictEntries, int importBatches, int factChecks) {
    }

    private final Database database;

    public TableCountsRepository(Database database) {
        this.database = database;
    }

    public Counts counts() {
        var dsl = database.dsl();
        return new Counts(dsl.fetchCount(SEED), dsl.fetchCount(CLAIM), dsl.fetchCount(CLAIM, CLAIM.STALE.isTrue()),
                dsl.fetchCount(VERDICT), dsl.fetchCount(IMPORT_BATCH), dsl.fetchCount(FACT_CHECK));
    }
}
