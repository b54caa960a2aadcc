package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the packaged jar as a user's script would: real processes, exit codes, stdout,
 * stderr, and the database file afterwards.
 */
class FactdeskJarIT {

    record Result(int exit, String out, String err) {
    }

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("e2e.db");
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("java", "-Dspring.aot.enabled=true", "-jar", System.getProperty("factdesk.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("FACTDESK_DB", db.toString());
        env.put("FACTDESK_SEEDS", Path.of(System.getProperty("factdesk.basedir"), "seeds").toString());
        env.remove("FACTDESK_REVIEWER");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("factdesk finished").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private long count(String sql) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db); var rs = c.createStatement().executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    @Test
    void oneShotCommandsPrintResultsAndExitWithTheirCode() throws Exception {
        Result count = run("claims", "count");
        assertThat(count.exit()).isZero();
        assertThat(count.out().strip()).matches("\\d+");
        assertThat(count.err()).contains("2 seeds added");

        Result again = run("claims", "count");
        assertThat(again.out()).isEqualTo(count.out());
        assertThat(again.err()).as("unchanged seeds ingest silently").isEmpty();

        Result missing = run("claims", "show", "999");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("error: claim 999 not found\n");
        assertThat(missing.out()).isEmpty();

        Result bad = run("verdict", "1", "TRUE", "--evidence", "javascript:alert(1)", "--note", "x", "--reviewer", "Lan");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).doesNotContain("Exception", "\tat ");
        assertThat(count("select count(*) from verdict")).isZero();

        Result ok = run("verdict", "1", "false", "--evidence", "https://example.org/a", "--note",
                "A note with \"quotes\" and spaces", "--reviewer", "Nguyễn Thị Lan");
        assertThat(ok.exit()).isZero();
        assertThat(count("select count(*) from verdict where reviewer = 'Nguyễn Thị Lan' and note like '%\"quotes\"%'"))
                .isEqualTo(1);
    }

    @Test
    void scriptFilesStopAtTheFirstFailureWithItsLine() throws Exception {
        Files.writeString(dir.resolve("commands.txt"), """
                # a comment, then a blank line

                reviewer Lan
                verdict 1 UNVERIFIABLE --note "nothing found"
                claims show 999
                verdict 2 UNVERIFIABLE --note "never runs"
                """);
        Result r = run("@commands.txt");
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("error: commands.txt:5: claim 999 not found");
        assertThat(count("select count(*) from verdict")).isEqualTo(1);
    }

    @Test
    void importIsAllOrNothingAndVerboseShowsTheTrace() throws Exception {
        Files.writeString(dir.resolve("v.csv"), "claim_id,rating,evidence_url,note,reviewer\n"
                + "1,TRUE,https://a.org,ok,Lan\n2,TRUE,file:///etc/passwd,bad,Lan\n");
        Result r = run("import", "v.csv");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("v.csv:3: evidence_url:").contains("nothing written");
        assertThat(count("select count(*) from verdict")).isZero();

        Result verbose = run("--verbose", "claims", "show", "nope");
        assertThat(verbose.exit()).isEqualTo(2);
        assertThat(verbose.err()).contains("FactdeskException").contains("\tat ");

        Result export = run("export", "--format", "json", "--out", "-");
        assertThat(export.exit()).isZero();
        assertThat(export.out()).contains("\"version\" : " + io.factdesk.reporting.Report.VERSION, "\"summary\"", "\"methodology\"");
    }
}
