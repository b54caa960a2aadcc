package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestEngine;
import io.factdesk.TestWorkbench;

/**
 * A foreign key's check into the verdict log finds the entry by its primary key, also when the log's statistics say it
 * is empty over many pages, as VACUUM leaves them after a large write was rolled back (an import refused at its last
 * row). Planned on such statistics, an index that merely ends in the id looked as cheap, and the next import's every
 * evidence row read the whole of that index (V25).
 */
class LogKeyLookupTest {

    @TempDir
    Path dir;

    @Test
    void theLogsEntriesAreLookedUpByTheirKeyWhenItsStatisticsSayItIsEmpty() {
        try (TestWorkbench wb = new TestWorkbench(TestEngine.POSTGRESQL, dir)) {
            long claim = wb.twoPendingClaims().get(0);
            var dsl = wb.database.dsl();
            assertThatThrownBy(() -> new Transactions(wb.database).inTransaction(() -> {
                // as an import writes them: under a batch, counted into the claim at the end (which is not reached)
                long batch = ((Number) dsl.fetchValue("INSERT INTO import_batch (file_name, content_hash, row_count, os_user,"
                        + " imported_at) VALUES ('big.csv', 'h', 20000, 'os', now()) RETURNING id")).longValue();
                dsl.execute("INSERT INTO verdict (claim_id, kind, rating, reviewer, os_user, reviewed_at, recorded_at, batch_id,"
                        + " batch_row) SELECT ?, 'VERDICT', 'TRUE', 'reviewer ' || g, 'os', now(), now(), ?, g"
                        + " FROM generate_series(1, 20000) g", claim, batch);
                throw new IllegalStateException("refused at the last row");
            })).hasMessage("refused at the last row");
            // what VACUUM records when it runs while the next import's rows hold the end of the table: none of the
            // log's rows live, over all of its pages (PostgreSQL's autovacuum, after a large rolled-back write)
            String database = ((DatabaseLocation.PostgresServer) wb.database.location()).database();
            io.factdesk.PostgresForTests.asSuperuserIn(database, "UPDATE pg_class SET reltuples = 0,"
                    + " relpages = pg_relation_size('verdict') / current_setting('block_size')::int WHERE relname = 'verdict'");
            assertThat(((Number) dsl.fetchValue("SELECT relpages FROM pg_class WHERE relname = 'verdict'")).longValue())
                    .as("pages the rolled-back rows left").isPositive();

            // the query a foreign key's check runs, as the server plans it once for the session
            dsl.execute("SET plan_cache_mode = force_generic_plan");
            dsl.execute("PREPARE referenced(bigint) AS SELECT 1 FROM ONLY verdict x WHERE id = $1 FOR KEY SHARE OF x");
            List<String> plan = dsl.fetch("EXPLAIN EXECUTE referenced(1)").getValues(0, String.class);
            assertThat(plan.stream().collect(Collectors.joining("\n"))).contains("Index Cond: (id = $1)")
                    .contains("using verdict_pkey on verdict");
        }
    }
}
