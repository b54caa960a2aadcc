package io.factdesk.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.PostgresForTests;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.db.Database;
import io.factdesk.db.DatabaseLocation;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.verdicts.VerdictInput;

/** SQLite to PostgreSQL and back: the same workbench at every step, and work goes on after it. */
class WorkbenchCopyTest {

    @TempDir
    Path dir;

    /** Every claim with its whole history, as factdesk's own services read them (not as the copy reads rows). */
    private static Map<Claim, List<VerdictEntry>> workbench(TestWorkbench wb) {
        Map<Claim, List<VerdictEntry>> all = new LinkedHashMap<>();
        for (Claim c : wb.claims.list(ClaimQuery.of(StatusFilter.ALL, null))) {
            all.put(c, wb.verdictService.history(new ClaimId(c.id())));
        }
        return all;
    }

    private static List<Long> searched(TestWorkbench wb, String words) {
        return wb.claims.search(new ClaimQuery(StatusFilter.ALL, null, null, null, words, ClaimQuery.NO_LIMIT, 0))
                .stream().map(Claim::id).toList();
    }

    @Test
    void aWorkbenchGoesToPostgresqlAndBackWithTheSameRowsChecksumAndHistory() throws Exception {
        DatabaseLocation first = DatabaseLocation.parse(dir.resolve("first.db").toString());
        DatabaseLocation server = PostgresForTests.newEmptyDatabase();
        DatabaseLocation back = DatabaseLocation.parse(dir.resolve("back.db").toString());
        Files.createDirectories(dir.resolve("pg"));
        Files.createDirectories(dir.resolve("back"));

        // a model beside the rules, so that claims carry its scores and stored vectors
        try (TestWorkbench source = new TestWorkbench(first, dir, new io.factdesk.TestClassifier("ministry"))) {
            CopiedWorkbench.fill(source, dir);
            Map<Claim, List<VerdictEntry>> original = workbench(source);
            assertThat(original.keySet()).extracting(Claim::status).contains(
                    io.factdesk.claims.ClaimStatus.STALE, io.factdesk.claims.ClaimStatus.REVIEWED,
                    io.factdesk.claims.ClaimStatus.PENDING);
            List<Long> ministry = searched(source, "ministry");
            assertThat(ministry).hasSize(2);

            WorkbenchCopy.Report there = new WorkbenchCopy(source.database, new io.factdesk.support.StopRequest()).copyTo(server);

            assertThat(there.counts()).allSatisfy((table, rows) -> assertThat(rows).as(table.tableName()).isPositive());
            assertThat(there.from()).isEqualTo(first.shown());
            assertThat(there.to()).isEqualTo(server.shown());
            WorkbenchCopy.Report home;
            try (Database into = Database.open(back)) {
                home = new WorkbenchCopy(into, new io.factdesk.support.StopRequest()).copyFrom(server);
            }
            assertThat(home.counts()).isEqualTo(there.counts());
            assertThat(home.checksum()).isEqualTo(there.checksum()).matches("[0-9a-f]{64}");
            assertThat(WorkbenchCopy.sum(new WorkbenchRowsRepository(source.database)).hex())
                    .as("the source summed again, outside the copy").isEqualTo(there.checksum());

            long lastEntry = original.values().stream().flatMap(List::stream).mapToLong(VerdictEntry::id).max().orElseThrow();
            for (var copy : List.of(new TestWorkbench(server, dir.resolve("pg")), new TestWorkbench(back, dir.resolve("back")))) {
                try (TestWorkbench wb = copy) {
                    assertThat(workbench(wb)).isEqualTo(original);
                    assertThat(searched(wb, "ministry")).isEqualTo(ministry);
                    assertThat(wb.claims.nextPending(List.of())).isEqualTo(source.claims.nextPending(List.of()));

                    // review goes on: the next entry, seed and claims get new ids after the copied ones
                    Claim next = wb.claims.nextPending(List.of()).orElseThrow();
                    VerdictEntry added = wb.verdictService.record(new VerdictInput(new ClaimId(next.id()), Rating.TRUE,
                            List.of(new EvidenceUrl("https://after.example.org")), new Note("after the move"),
                            new ReviewerName("Lan"), null));
                    assertThat(added.id()).isEqualTo(lastEntry + 1);
                    // the team's tables go on after the copied ids too: a new member and a desk step
                    wb.team.add(new ReviewerName("Hà Newcomer"), io.factdesk.team.TeamRole.EDITOR);
                    wb.assignments.assign(List.of(next.id()), new ReviewerName("Hà Newcomer"), new ReviewerName("Lan"));
                    wb.writeSeed("later.txt", "Later\nRents rose 7% in 2025, the agency said.\n");
                    wb.ingest.ingest(wb.seedFolder);
                    assertThat(CopiedWorkbench.idOf(wb, "Rents rose").value()).isGreaterThan(
                            original.keySet().stream().mapToLong(Claim::id).max().orElseThrow());
                }
            }
        }
    }
}
