package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.PostgresForTests;
import io.factdesk.db.DatabaseLocation;

/**
 * The packaged jar on a real PostgreSQL server, as a team's reviewers run it: one-shot commands from
 * two processes on one database, an import two processes start at once, and a password that is never
 * printed, whatever goes wrong.
 */
class PostgresJarIT {

    private static final String SECRET = "Pw-never-shown-7731";

    @TempDir
    Path dir;

    private String url(DatabaseLocation.PostgresServer server) {
        return "postgresql://" + server.user() + ":" + SECRET + "@" + server.host() + ":" + server.port() + "/"
                + server.database();
    }

    private JarRuns jar;

    private JarRuns.Result run(String database, String... args) throws IOException, InterruptedException {
        if (jar == null) {
            jar = new JarRuns(dir);
        }
        return jar.run(database, args);
    }

    @Test
    void twoReviewersShareOneDatabaseAndThePasswordIsNeverPrinted() throws Exception {
        String db = url((DatabaseLocation.PostgresServer) PostgresForTests.newEmptyDatabase());

        JarRuns.Result count = run(db, "claims", "count");
        assertThat(count.exit()).as(count.err()).isZero();
        assertThat(count.out().strip()).matches("\\d+");
        long claims = Long.parseLong(count.out().strip());
        assertThat(claims).isPositive();

        JarRuns.Result lan = run(db, "verdict", "1", "FALSE", "--evidence", "https://example.org/a", "--note", "first",
                "--reviewer", "Nguyễn Thị Lan");
        assertThat(lan.exit()).as(lan.err()).isZero();
        JarRuns.Result shown = run(db, "claims", "show", "1", "--format", "json");
        assertThat(shown.out()).contains("Nguyễn Thị Lan").contains("FALSE");

        JarRuns.Result stats = run(db, "--verbose", "db", "stats");
        assertThat(stats.exit()).isZero();
        assertThat(stats.out()).contains("localhost:").contains("verdict entries: 1").doesNotContain(SECRET);
        assertThat(stats.err()).doesNotContain(SECRET);
    }

    @Test
    void anUnreachableServerOrMissingDatabaseIsOneLineWithoutThePassword() throws Exception {
        JarRuns.Result refused = run("postgresql://lan:" + SECRET + "@127.0.0.1:1/newsroom", "--verbose", "claims", "count");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: cannot open the database 127.0.0.1:1/newsroom as user lan: ")
                .doesNotContain(SECRET);
        assertThat(refused.out()).doesNotContain(SECRET);

        JarRuns.Result missing = run("postgresql://postgres:" + SECRET + "@localhost:" + PostgresForTests.port() + "/no_such_db",
                "claims", "count");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: cannot open the database localhost:" + PostgresForTests.port()
                + "/no_such_db as user postgres: the database does not exist (create it: see the README's Team set-up)\n");
    }
}
