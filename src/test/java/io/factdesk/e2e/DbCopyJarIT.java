package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.PostgresForTests;
import io.factdesk.db.DatabaseLocation;

/** 'db copy' through the packaged jar: an SQLite workbench to PostgreSQL and back, as the README tells a team to move it. */
class DbCopyJarIT {

    private static final String SECRET = "Copy-pw-never-shown-5120";

    record Result(int exit, String out, String err) {
    }

    @TempDir
    Path dir;
    private int runs;

    private Result run(String database, String... args) throws IOException, InterruptedException {
        String name = "run" + (++runs);
        List<String> command = new ArrayList<>(List.of("java", "-Dspring.aot.enabled=true", "-jar",
                System.getProperty("factdesk.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("FACTDESK_DB", database);
        pb.environment().put("FACTDESK_SEEDS", Path.of(System.getProperty("factdesk.basedir"), "seeds").toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().remove("FACTDESK_REVIEWER");
        pb.environment().remove("PGPASSWORD");
        pb.redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("factdesk finished").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve(name + ".out"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(name + ".err"), StandardCharsets.UTF_8));
    }

    /** Everything but the last line, which names the two databases. */
    private static List<String> countsAndChecksum(Result r) {
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

        Result there = run(first, "db", "copy", "--to", url);
        assertThat(there.exit()).as(there.err()).isZero();
        assertThat(there.err()).doesNotContain("error");
        assertThat(countsAndChecksum(there)).hasSize(7);
        assertThat(there.out()).containsPattern("(?m)^seed: 2$").containsPattern("(?m)^verdict: 1$")
                .containsPattern("(?m)^checksum: [0-9a-f]{64}$")
                .endsWith("copied the workbench from " + first + " to " + server.shown() + "\n");

        String back = dir.resolve("back.db").toString();
        Result home = run(back, "db", "copy", "--from", url);
        assertThat(home.exit()).as(home.err()).isZero();
        assertThat(countsAndChecksum(home)).isEqualTo(countsAndChecksum(there));
        assertThat(home.out()).endsWith("copied the workbench from " + server.shown() + " to " + back + "\n");

        Result again = run(back, "--verbose", "db", "copy", "--from", url);
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("error: the database " + back + " already holds a workbench");
        Result neither = run(back, "db", "copy");
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.err()).isEqualTo("error: db copy needs exactly one of --to URL_OR_PATH and --from URL_OR_PATH\n");

        for (Result r : List.of(there, home, again, neither)) {
            assertThat(r.out() + r.err()).doesNotContain(SECRET);
        }
    }
}
