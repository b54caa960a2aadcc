package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.PostgresForTests;
import io.factdesk.TestWorkbench;
import io.factdesk.verdicts.Rating;

/**
 * The least-privilege role the README documents (db/roles/postgresql-roles.sql, run as written): a
 * reviewer logged in with it ingests, records and retracts verdicts, but the server itself refuses
 * that role any UPDATE or DELETE on the verdict log, before any trigger is asked.
 */
class PostgresRolesTest {

    @TempDir
    Path dir;

    @Test
    void aReviewerMayAddToTheLogButNeverChangeIt() throws Exception {
        var owner = (DatabaseLocation.PostgresServer) PostgresForTests.newDatabase();
        PostgresForTests.asSuperuserIn(owner.database(), Files.readString(Path.of("db/roles/postgresql-roles.sql")));
        String reviewer = "rev_" + owner.database();
        PostgresForTests.asSuperuser("CREATE ROLE " + reviewer + " LOGIN IN ROLE factdesk_reviewer");
        DatabaseLocation asReviewer = DatabaseLocation.parse("postgresql://" + reviewer + "@localhost:" + owner.port()
                + "/" + owner.database());

        try (TestWorkbench wb = new TestWorkbench(asReviewer, dir)) {
            long claim = wb.twoPendingClaims().get(0);
            wb.verdictService.record(new io.factdesk.verdicts.VerdictInput(new io.factdesk.claims.ClaimId(claim),
                    Rating.FALSE, java.util.List.of(new io.factdesk.verdicts.EvidenceUrl("https://example.org/a")),
                    new io.factdesk.verdicts.Note("n"), new io.factdesk.verdicts.ReviewerName("Lan"), null));
            var dsl = wb.database.dsl();
            for (String change : new String[] {"UPDATE verdict SET note = 'changed'", "DELETE FROM verdict_evidence",
                "DELETE FROM verdict", "TRUNCATE verdict CASCADE"}) {
                assertThatThrownBy(() -> dsl.execute(change)).as(change).isInstanceOf(NotPermittedException.class)
                        .hasMessageStartingWith("the database " + owner.shown() + " refused this for user " + reviewer + ": ")
                        .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState())
                                .as("refused by the grants: insufficient privilege").isEqualTo("42501"));
            }
            assertThat(wb.verdicts.countEntries()).isEqualTo(1);
        }
    }

    /**
     * The desk log takes a reviewer's assignments and reveals, but an editor's step only from the editors' group:
     * a reviewer's role cannot publish a claim by writing an approval under any editor's name, even by hand.
     */
    @Test
    void onlyTheEditorsGroupRecordsAnEditorsStep() throws Exception {
        var owner = (DatabaseLocation.PostgresServer) PostgresForTests.newDatabase();
        PostgresForTests.asSuperuserIn(owner.database(), Files.readString(Path.of("db/roles/postgresql-roles.sql")));
        String reviewer = "rev_" + owner.database();
        String editor = "ed_" + owner.database();
        PostgresForTests.asSuperuser("CREATE ROLE " + reviewer + " LOGIN IN ROLE factdesk_reviewer");
        PostgresForTests.asSuperuser("CREATE ROLE " + editor + " LOGIN IN ROLE factdesk_editor");
        long claim;
        try (TestWorkbench wb = new TestWorkbench(as(owner, reviewer), dir)) {
            claim = wb.twoPendingClaims().get(0);
            wb.verdictService.record(new io.factdesk.verdicts.VerdictInput(new io.factdesk.claims.ClaimId(claim),
                    Rating.FALSE, java.util.List.of(new io.factdesk.verdicts.EvidenceUrl("https://example.org/a")),
                    new io.factdesk.verdicts.Note("n"), new io.factdesk.verdicts.ReviewerName("Lan"), null));
            var dsl = wb.database.dsl();
            String forged = "INSERT INTO desk_event (kind, claim_id, reviewer, actor, os_user, recorded_at, rating)"
                    + " VALUES ('APPROVE', " + claim + ", 'Hà', 'Hà', 'x', now(), 'TRUE')";
            assertThatThrownBy(() -> dsl.execute(forged)).isInstanceOf(NotPermittedException.class)
                    .hasMessageContaining("only a member of the group factdesk_editor may record an editor's step (APPROVE)");
            assertThatThrownBy(() -> wb.desk.approve(new io.factdesk.claims.ClaimId(claim), new io.factdesk.verdicts.Note(""),
                    new io.factdesk.verdicts.ReviewerName("Hà"))).isInstanceOf(NotPermittedException.class);
            dsl.execute("INSERT INTO desk_event (kind, claim_id, reviewer, actor, os_user, recorded_at)"
                    + " VALUES ('ASSIGN', " + claim + ", 'Lan', 'Lan', 'x', now())");
            assertThat(published(wb))
                    .isZero();
        }
        try (TestWorkbench wb = new TestWorkbench(as(owner, editor), dir)) {
            wb.desk.approve(new io.factdesk.claims.ClaimId(claim), new io.factdesk.verdicts.Note(""),
                    new io.factdesk.verdicts.ReviewerName("Hà"));
            assertThat(published(wb))
                    .isEqualTo(1);
        }
    }

    private static int published(TestWorkbench wb) {
        return wb.database.dsl().fetchCount(org.jooq.impl.DSL.table("claim"), org.jooq.impl.DSL.condition("published_at IS NOT NULL"));
    }

    private static DatabaseLocation as(DatabaseLocation.PostgresServer owner, String role) {
        return DatabaseLocation.parse("postgresql://" + role + "@localhost:" + owner.port() + "/" + owner.database());
    }
}
