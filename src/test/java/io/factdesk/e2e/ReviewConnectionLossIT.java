package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.PostgresForTests;
import io.factdesk.db.DatabaseLocation;

/**
 * A review on PostgreSQL whose connection the server ends between two cards (a restart, an administrator): the
 * key pressed next, going back a card included, gets its card on a new connection, with one line saying what
 * happened, and the review goes on.
 */
class ReviewConnectionLossIT {

    @TempDir
    Path dir;

    @Test
    void goingBackAfterTheConnectionWasEndedShowsTheCardAndTheReviewGoesOn() throws Exception {
        var server = (DatabaseLocation.PostgresServer) PostgresForTests.newDatabase();
        String db = "postgresql://" + server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
        String seeds = Path.of(System.getProperty("factdesk.basedir"), "seeds").toString();
        try (PtyShell lan = new PtyShell(dir, Map.of("FACTDESK_DB", db, "FACTDESK_SEEDS", seeds, "FACTDESK_REVIEWER", "Lan"))) {
            lan.waitFor("Type 'review'");
            lan.type("review\r");
            lan.waitFor("[q] quit the review");
            String first = lan.text().substring(lan.text().lastIndexOf("Claim "));
            String firstId = first.substring(0, first.indexOf(' ', 6));
            lan.type("s");
            lan.waitFor("[q] quit the review", 2);
            PostgresForTests.asSuperuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                    + server.database() + "' AND application_name = 'factdesk'");
            lan.type("b");
            lan.waitFor("connected again");
            String back = lan.text().substring(lan.text().lastIndexOf("Claim "));
            assertThat(back).as("the card gone back to").startsWith(firstId + " ");
            lan.type("q");
            lan.waitFor("Review stopped.");
            assertThat(lan.quit()).isZero();
        }
    }
}
