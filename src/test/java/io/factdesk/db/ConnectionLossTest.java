package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.PostgresForTests;
import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.verdicts.EvidenceUrl;
import io.factdesk.verdicts.Note;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictInput;

/** A server that ends factdesk's connection (a restart, an administrator): one line, then a new connection. */
class ConnectionLossTest {

    @TempDir
    Path dir;

    private static void endTheSession(DatabaseLocation.PostgresServer server) {
        PostgresForTests.queryLong(server.database(), "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                + " WHERE datname = current_database() AND pid <> pg_backend_pid()");
    }

    @Test
    void aReadOutsideATransactionSaysSoInOneLineAndTheNextOneGetsANewConnection() {
        DatabaseLocation location = PostgresForTests.newDatabase();
        try (TestWorkbench wb = new TestWorkbench(location, dir)) {
            List<Long> claims = wb.twoPendingClaims();
            endTheSession((DatabaseLocation.PostgresServer) location);

            assertThatThrownBy(() -> wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null)))
                    .isInstanceOf(ConnectionLostException.class)
                    .hasMessage("the connection to " + location.shown() + " was lost (the server ended it, or restarted);"
                            + " run the command again");
            assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null))).isEqualTo(claims.size());
        }
    }

    @Test
    void aVerdictWhoseConnectionWasEndedIsSavedOnceOnANewOne() {
        DatabaseLocation location = PostgresForTests.newDatabase();
        try (TestWorkbench wb = new TestWorkbench(location, dir)) {
            long claim = wb.twoPendingClaims().get(0);
            endTheSession((DatabaseLocation.PostgresServer) location);

            wb.verdictService.record(new VerdictInput(new ClaimId(claim), Rating.TRUE, List.of(new EvidenceUrl("https://a.org")),
                    new Note("checked"), new ReviewerName("Lan"), null));

            assertThat(wb.verdicts.history(claim)).hasSize(1);
        }
    }

    /** The server is gone, not restarted: the next command says it cannot reach it, and nothing was being saved. */
    @Test
    void aServerThatNoLongerTakesConnectionsIsOneLineWithItsReasonAndNothingIsWritten() {
        var location = (DatabaseLocation.PostgresServer) PostgresForTests.newDatabase();
        try (TestWorkbench wb = new TestWorkbench(location, dir)) {
            long claim = wb.twoPendingClaims().get(0);
            PostgresForTests.asSuperuser("ALTER DATABASE " + location.database() + " ALLOW_CONNECTIONS false");
            PostgresForTests.asSuperuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + location.database() + "'");
            try {
                assertThatThrownBy(() -> wb.verdictService.record(new VerdictInput(new ClaimId(claim), Rating.TRUE,
                        List.of(new EvidenceUrl("https://a.org")), new Note("checked"), new ReviewerName("Lan"), null)))
                        .isInstanceOf(io.factdesk.support.FactdeskException.class)
                        .hasMessageStartingWith("cannot open the database " + location.shown() + " as user " + location.user() + ": ")
                        .hasMessageNotContaining("being saved");
                assertThatThrownBy(() -> wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null)))
                        .hasMessageStartingWith("cannot open the database " + location.shown());
            } finally {
                PostgresForTests.asSuperuser("ALTER DATABASE " + location.database() + " ALLOW_CONNECTIONS true");
            }
            assertThat(wb.verdicts.history(claim)).isEmpty();
        }
    }
}
