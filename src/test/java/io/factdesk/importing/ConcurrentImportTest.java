package io.factdesk.importing;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static io.factdesk.jooq.Tables.VERDICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.db.DatabaseError;
import io.factdesk.jooq.tables.records.VerdictRecord;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;
import io.factdesk.TestEngine;

/**
 * Two workbenches, each with its own connection as two processes would have, import into one SQLite
 * file at the same moment: every verdict is stored once, and the second import reports what a
 * sequential one would ("already present", "already imported"), never a constraint error.
 */
@ParameterizedClass
@EnumSource(TestEngine.class)
class ConcurrentImportTest {

    @Parameter
    TestEngine engine;

    @TempDir
    Path dir;
    TestWorkbench first;
    TestWorkbench second;
    long claim;

    @BeforeEach
    void setUp() {
        var location = engine.newDatabase(dir);
        first = new TestWorkbench(location, dir);
        first.writeSeed("a.txt", "Title line\nExports rose 12% in 2024. Imports fell by 3% last year.\n");
        first.ingest.ingest(first.seedFolder);
        claim = first.claims.list(ClaimQuery.of(StatusFilter.PENDING, null)).get(0).id();
        second = new TestWorkbench(location, dir);
    }

    @AfterEach
    void tearDown() {
        first.close();
        second.close();
    }

    /** Rows from..to, each a different verdict; large enough that both imports are under way together. */
    private Path rows(String name, int from, int to) throws Exception {
        StringBuilder csv = new StringBuilder("claim_id,rating,evidence_url,note,reviewer\n");
        for (int i = from; i <= to; i++) {
            csv.append(claim).append(",TRUE,https://example.org/").append(i).append(",note ").append(i).append(",Lan\n");
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private static ImportReport run(TestWorkbench wb, Path file) {
        return wb.importService.importFile(new ImportService.Request(file, file.getFileName().toString(),
                ImportFormat.CSV, false, false, null, false));
    }

    /** Both imports start together (their in-memory key sets are loaded at the same moment). */
    private List<ImportReport> atOnce(Path a, Path b) throws Exception {
        CountDownLatch start = new CountDownLatch(2);
        CompletableFuture<ImportReport> one = CompletableFuture.supplyAsync(() -> {
            start.countDown();
            await(start);
            return run(first, a);
        });
        CompletableFuture<ImportReport> two = CompletableFuture.supplyAsync(() -> {
            start.countDown();
            await(start);
            return run(second, b);
        });
        return List.of(one.get(60, TimeUnit.SECONDS), two.get(60, TimeUnit.SECONDS));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int duplicates() {
        return first.database.dsl().fetchCount(first.database.dsl().select(VERDICT.CONTENT_KEY).from(VERDICT)
                .groupBy(VERDICT.CONTENT_KEY).having(org.jooq.impl.DSL.count().gt(1)));
    }

    @Test
    void overlappingRowsAreWrittenOnceAndTheLaterImportCountsThemAsPresent() throws Exception {
        List<ImportReport> reports = atOnce(rows("a.csv", 1, 3000), rows("b.csv", 1501, 4500));
        assertThat(reports).allSatisfy(r -> assertThat(r.ok()).isTrue());
        assertThat(reports).extracting(ImportReport::written).containsExactlyInAnyOrder(3000, 1500);
        assertThat(reports).extracting(ImportReport::alreadyPresent).containsExactlyInAnyOrder(0, 1500);
        assertThat(first.verdicts.countEntries()).isEqualTo(4500);
        assertThat(duplicates()).isZero();
    }

    @Test
    void theSameFileAtOnceIsImportedOnceAndThenAlreadyImported() throws Exception {
        Path file = rows("same.csv", 1, 3000);
        List<ImportReport> reports = atOnce(file, file);
        assertThat(reports).filteredOn(r -> r.alreadyImportedAs() != null).singleElement()
                .satisfies(r -> assertThat(r.summary()).contains("already imported as batch"));
        assertThat(reports).filteredOn(r -> r.alreadyImportedAs() == null).singleElement()
                .satisfies(r -> assertThat(r.written()).isEqualTo(3000));
        assertThat(first.verdicts.countEntries()).isEqualTo(3000);
        assertThat(first.database.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondEntryForOneImportedRowAndASecondBatchOfOneFile() throws Exception {
        run(first, rows("a.csv", 1, 1));
        VerdictRecord stored = first.database.dsl().selectFrom(VERDICT).fetchSingle();
        var batch = first.database.dsl().selectFrom(IMPORT_BATCH).fetchSingle();
        VerdictInput same = new VerdictInput(new ClaimId(stored.getClaimId()), stored.getRating(),
                List.of(new EvidenceUrl("https://example.org/1")), new Note(stored.getNote()),
                new ReviewerName(stored.getReviewer()), stored.getReviewedAt());
        var again = new ImportedVerdictRepository.NewVerdict(same, stored.getContentKey(), stored.getImportKey(), 2);
        var imported = new ImportedVerdictRepository(first.database);
        var errors = first.database.errors();
        assertThatThrownBy(() -> new io.factdesk.db.Transactions(first.database).inTransaction(() -> {
            var run = imported.start(batch.getId(), "os", Instant.parse("2025-03-01T00:00:00Z"));
            try {
                run.add(again);
                run.close();
            } finally {
                run.abandon();
            }
        }))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(errors.classifyChain(e)).isEqualTo(DatabaseError.UNIQUE_VIOLATION));
        ImportBatchRepository batches = new ImportBatchRepository(first.database);
        long pending = batches.insertPending("copy.csv", "os", Instant.parse("2025-03-01T00:00:00Z"));
        assertThatThrownBy(() -> batches.complete(pending, batch.getContentHash(), 1))
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> assertThat(errors.classifyChain(e)).isEqualTo(DatabaseError.UNIQUE_VIOLATION));
        assertThat(first.verdicts.countEntries()).isEqualTo(1);
    }
}
