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

/**
 * The packaged jar on a real PostgreSQL server, as a team's reviewers run it: one-shot commands from
 * two processes on one database, an import two processes start at once, and a password that is never
 * printed, whatever goes wrong.
 */
class PostgresJarIT {

    private static final String SECRET = "Pw-never-shown-7731";

    record Result(int exit, String out, String err) {
    }

    @TempDir
    Path dir;

    private String url(DatabaseLocation.PostgresServer server) {
        return "postgresql://" + server.user() + ":" + SECRET + "@" + server.host() + ":" + server.port() + "/"
                + server.database();
    }

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

    @Test
    void twoReviewersShareOneDatabaseAndThePasswordIsNeverPrinted() throws Exception {
        String db = url((DatabaseLocation.PostgresServer) PostgresForTests.newEmptyDatabase());

        Result count = run(db, "claims", "count");
        assertThat(count.exit()).as(count.err()).isZero();
        assertThat(count.out().strip()).matches("\\d+");
        long claims = Long.parseLong(count.out().strip());
        assertThat(claims).isPositive();

        Result lan = run(db, "verdict", "1", "FALSE", "--evidence", "https://example.org/a", "--note", "first",
                "--reviewer", "Nguyễn Thị Lan");
        assertThat(lan.exit()).as(lan.err()).isZero();
        Result shown = run(db, "claims", "show", "1", "--format", "json");
        assertThat(shown.out()).contains("Nguyễn Thị Lan").contains("FALSE");

        Result stats = run(db, "--verbose", "db", "stats");
        assertThat(stats.exit()).isZero();
        assertThat(stats.out()).contains("localhost:").contains("verdict entries: 1").doesNotContain(SECRET);
        assertThat(stats.err()).doesNotContain(SECRET);
    }

    @Test
    void anUnreachableServerOrMissingDatabaseIsOneLineWithoutThePassword() throws Exception {
        Result refused = run("postgresql://lan:" + SECRET + "@127.0.0.1:1/newsroom", "--verbose", "claims", "count");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: cannot open the database 127.0.0.1:1/newsroom as user lan: ")
                .doesNotContain(SECRET);
        assertThat(refused.out()).doesNotContain(SECRET);

        Result missing = run("postgresql://postgres:" + SECRET + "@localhost:" + PostgresForTests.port() + "/no_such_db",
                "claims", "count");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).isEqualTo("error: cannot open the database localhost:" + PostgresForTests.port()
                + "/no_such_db as user postgres: the database does not exist (create it: see the README's Team set-up)\n");
    }
}
