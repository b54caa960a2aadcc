package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.jooq.exception.DataAccessException;
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
                assertThatThrownBy(() -> dsl.execute(change)).as(change).isInstanceOf(DataAccessException.class)
                        .satisfies(e -> assertThat(((SQLException) e.getCause()).getSQLState())
                                .as("refused by the grants: insufficient privilege").isEqualTo("42501"));
            }
            assertThat(wb.verdicts.countEntries()).isEqualTo(1);
        }
    }
}
