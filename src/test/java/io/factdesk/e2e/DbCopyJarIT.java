package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.PostgresForTests;
import io.factdesk.db.DatabaseLocation;

/** 'db copy' through the packaged jar: an SQLite workbench to PostgreSQL and back, as the README tells a team to move it. */
class DbCopyJarIT {

    private static final String SECRET = "Copy-pw-never-shown-5120";

    @TempDir
    Path dir;
    private JarRuns jar;

    private JarRuns.Result run(String database, String... args) throws IOException, InterruptedException {
        if (jar == null) {
            jar = new JarRuns(dir);
        }
        return jar.run(database, args);
    }

    /** Everything but the last line, which names the two databases. */
    private static List<String> countsAndChecksum(JarRuns.Result r) {
        List<String> lines = r.out().lines().toList();
        return lines.subList(0, lines.size() - 1);
    }

    @Test
    void aWorkbenchGoesToPostgresqlAndBackPrintingTheSameCountsAndChecksum() throws Exception {
        DatabaseLocation.PostgresServer server = (DatabaseLocation.PostgresServer) PostgresForTests.newEmptyDatabase();
        String url = "postgresql://" + server.user() + ":" + SECRET + "@" + server.host() + ":" + server.port() + "/"
                + server.database();
        String first = dir.resolve("first.db").toString();
        assertThat(run(first, "verdict", "1", "FALSE", "--evidence", "https://example.org/a", "--note", "n",
                "--reviewer", "Lan").exit()).isZero();

        JarRuns.Result there = run(first, "db", "copy", "--to", url);
        assertThat(there.exit()).as(there.err()).isZero();
        assertThat(there.err()).doesNotContain("error");
        assertThat(countsAndChecksum(there)).hasSize(io.factdesk.transfer.WorkbenchTable.values().length + 1);
        assertThat(there.out()).containsPattern("(?m)^seed: 2$").containsPattern("(?m)^verdict: 1$")
                .containsPattern("(?m)^checksum: [0-9a-f]{64}$")
                .endsWith("copied the workbench from " + first + " to " + server.shown() + "\n");

        String back = dir.resolve("back.db").toString();
        JarRuns.Result home = run(back, "db", "copy", "--from", url);
        assertThat(home.exit()).as(home.err()).isZero();
        assertThat(countsAndChecksum(home)).isEqualTo(countsAndChecksum(there));
        assertThat(home.out()).endsWith("copied the workbench from " + server.shown() + " to " + back + "\n");

        JarRuns.Result again = run(back, "--verbose", "db", "copy", "--from", url);
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("error: the database " + back + " already holds a workbench");
        JarRuns.Result neither = run(back, "db", "copy");
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).isEqualTo("error: db copy needs exactly one of --to URL_OR_PATH and --from URL_OR_PATH\n");

        for (JarRuns.Result r : List.of(there, home, again, neither)) {
            assertThat(r.out() + r.err()).doesNotContain(SECRET);
        }
    }
}
