package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;

/**
 * Drives the real interactive shell in a pseudo-terminal, as a reviewer at the keyboard
 * would: one full review cycle (arrow key, invalid then valid URL, note, save), 'z' taking
 * that save back and the claim rated again, Ctrl-C in the middle of a second claim, and the
 * shell still answering afterwards.
 */
class ReviewInTerminalIT {

    @TempDir
    Path dir;

    @Test
    void aReviewCycleAtTheKeyboard() throws Exception {
        Path db = dir.resolve("pty.db");
        int exit;
        try (PtyShell shell = new PtyShell(dir, Map.of("FACTDESK_DB", db.toString(),
                "FACTDESK_SEEDS", Path.of(System.getProperty("factdesk.basedir"), "seeds").toString(),
                "FACTDESK_REVIEWER", "Nguyễn Thị Lan"))) {
            shell.waitFor("Type 'review'");
            shell.type("review\r");
            shell.waitFor("[q] quit the review");
            shell.type("\033[B");          // arrow down: MOSTLY_TRUE
            shell.type("\r");
            shell.waitFor("Evidence URL 1 (required)");
            shell.type("javascript:alert(1)\r");
            shell.waitFor("not accepted: that URL scheme 'javascript' is not allowed");
            shell.type("https://example.org/evidence\r");
            shell.waitFor("Evidence URL 2 (empty line to finish)");
            shell.type("\r");
            shell.waitFor("Note (why this verdict)");
            shell.type("Checked against the source\r");
            shell.waitFor("Saved MOSTLY_TRUE on claim");

            shell.waitFor("1 / ");                 // progress moved on the next claim
            shell.type("z");                       // take it back: the same claim comes again
            shell.waitFor("Took back entry 1 (MOSTLY_TRUE on claim");
            shell.type("m");
            shell.waitFor("Evidence URL 1 (required)", 2);
            shell.type("https://example.org/evidence\r");
            shell.waitFor("Evidence URL 2 (empty line to finish)", 2);
            shell.type("\r");
            shell.waitFor("Note (why this verdict)", 2);
            shell.type("Checked against the source\r");
            shell.waitFor("Saved MOSTLY_TRUE on claim", 2);

            shell.type("h");
            shell.waitFor("Evidence URL 1 (required)", 3);
            shell.type("\u0003");                  // Ctrl-C: abandon this claim only
            shell.waitFor("abandoned; nothing saved");
            shell.type("claims count --status reviewed\r");
            shell.waitForLine("1");
            exit = shell.quit();
        }
        assertThat(exit).isZero();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("select v.rating, v.note, v.reviewer, e.url, "
                     + "(select count(*) from verdict) from verdict v join verdict_evidence e on e.verdict_id = v.id "
                     + "where not exists (select 1 from verdict u where u.retracts_id = v.id)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("MOSTLY_TRUE");
            assertThat(rs.getString(2)).isEqualTo("Checked against the source");
            assertThat(rs.getString(3)).isEqualTo("Nguyễn Thị Lan");
            assertThat(rs.getString(4)).isEqualTo("https://example.org/evidence");
            assertThat(rs.getInt(5)).as("a verdict, its retraction, the verdict again; the abandoned claim wrote nothing")
                    .isEqualTo(3);
            assertThat(rs.next()).isFalse();
        }
        Path history;
        try (var files = Files.list(dir.resolve("data/factdesk"))) {
            history = files.filter(f -> f.getFileName().toString().startsWith("history-pty.db-")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(history))
                .as("the shell's history keeps commands, not the review's answers")
                .contains("review").contains("claims count --status reviewed")
                .doesNotContain("example.org").doesNotContain("Checked against the source");
    }
}
