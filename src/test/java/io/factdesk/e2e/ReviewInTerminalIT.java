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

    /** Control sequences: CSI (colours, cursor moves, modes) and the keypad switches ESC = and ESC >. */
    private static final String ESCAPES = "\u001B(\\[[0-9;?]*[A-Za-z]|[=>])";

    private final StringBuffer screen = new StringBuffer();

    @Test
    void aReviewCycleAtTheKeyboard() throws Exception {
        Path db = dir.resolve("pty.db");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TERM", "xterm-256color");
        env.put("FACTDESK_DB", db.toString());
        env.put("FACTDESK_SEEDS", Path.of(System.getProperty("factdesk.basedir"), "seeds").toString());
        env.put("FACTDESK_REVIEWER", "Nguyễn Thị Lan");
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        PtyProcess shell = new PtyProcessBuilder(new String[] {"java", "-Dspring.aot.enabled=true", "-jar", System.getProperty("factdesk.jar")})
                .setEnvironment(env).setDirectory(dir.toString()).setInitialColumns(160).setInitialRows(50).start();
        Thread pump = new Thread(() -> copy(shell.getInputStream()));
        pump.setDaemon(true);
        pump.start();
        OutputStream keys = shell.getOutputStream();
        try {
            waitFor("Type 'review'");
            type(keys, "review\r");
            waitFor("[q] quit the review");
            type(keys, "\033[B");          // arrow down: MOSTLY_TRUE
            type(keys, "\r");
            waitFor("Evidence URL 1 (required)");
            type(keys, "javascript:alert(1)\r");
            waitFor("not accepted: that URL scheme 'javascript' is not allowed");
            type(keys, "https://example.org/evidence\r");
            waitFor("Evidence URL 2 (empty line to finish)");
            type(keys, "\r");
            waitFor("Note (why this verdict)");
            type(keys, "Checked against the source\r");
            waitFor("Saved MOSTLY_TRUE on claim");

            waitFor("1 / ");                 // progress moved on the next claim
            type(keys, "z");                 // take it back: the same claim comes again
            waitFor("Took back entry 1 (MOSTLY_TRUE on claim");
            type(keys, "m");
            waitFor("Evidence URL 1 (required)", 2);
            type(keys, "https://example.org/evidence\r");
            waitFor("Evidence URL 2 (empty line to finish)", 2);
            type(keys, "\r");
            waitFor("Note (why this verdict)", 2);
            type(keys, "Checked against the source\r");
            waitFor("Saved MOSTLY_TRUE on claim", 2);

            type(keys, "h");
            waitFor("Evidence URL 1 (required)", 3);
            type(keys, "\u0003");            // Ctrl-C: abandon this claim only
            waitFor("abandoned; nothing saved");
            type(keys, "claims count --status reviewed\r");
            waitForLine("1");
            type(keys, "quit\r");
            assertThat(shell.waitFor(30, TimeUnit.SECONDS)).as("the shell exits on quit").isTrue();
        } finally {
            shell.destroyForcibly();
        }
        assertThat(shell.exitValue()).isZero();
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

    private void copy(InputStream in) {
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void type(OutputStream keys, String text) throws IOException, InterruptedException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(150);
    }

    /** Waits until some line of the screen, trimmed, is exactly {@code line}. */
    private void waitForLine(String line) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String plain = screen.toString().replaceAll(ESCAPES, "").replace("\r", "\n");
            if (plain.lines().anyMatch(l -> l.strip().equals(line))) {
                return;
            }
            Thread.sleep(100);
        }
        String raw = screen.toString();
        throw new AssertionError("timed out waiting for a line '" + line + "'; screen ends with:\n"
                + raw.substring(Math.max(0, raw.length() - 1500)).replace("\u001B", "<ESC>"));
    }

    private void waitFor(String text) throws InterruptedException {
        waitFor(text, 1);
    }

    /** Waits until the plain text (colour codes removed) shows {@code text} at least {@code times} times. */
    private void waitFor(String text, int times) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String plain = screen.toString().replaceAll(ESCAPES, "");
            if (plain.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for '" + text + "'; screen so far:\n"
                + screen.toString().replaceAll(ESCAPES, ""));
    }
}
