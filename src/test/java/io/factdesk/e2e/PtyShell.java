package io.factdesk.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.pty4j.PtyProcess;
import com.pty4j.PtyProcessBuilder;

/** The packaged jar's interactive shell in a pseudo-terminal: keys in, the screen's text out. */
final class PtyShell implements AutoCloseable {

    /** Control sequences: CSI (colours, cursor moves, modes) and the keypad switches ESC = and ESC >. */
    private static final String ESCAPES = "\u001B(\\[[0-9;?]*[A-Za-z]|[=>])";

    private final PtyProcess process;
    private final OutputStream keys;
    private final StringBuffer screen = new StringBuffer();

    PtyShell(Path dir, Map<String, String> extraEnv) throws IOException {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("TERM", "xterm-256color");
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.putAll(extraEnv);
        process = new PtyProcessBuilder(new String[] {"java", "-Dspring.aot.enabled=true", "-jar", System.getProperty("factdesk.jar")})
                .setEnvironment(env).setDirectory(dir.toString()).setInitialColumns(160).setInitialRows(50).start();
        keys = process.getOutputStream();
        Thread pump = new Thread(() -> copy(process.getInputStream()));
        pump.setDaemon(true);
        pump.start();
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

    void type(String text) throws IOException, InterruptedException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        Thread.sleep(150);
    }

    /** The screen so far as plain text (colour codes removed). */
    String text() {
        return screen.toString().replaceAll(ESCAPES, "");
    }

    void waitFor(String text) throws InterruptedException {
        waitFor(text, 1);
    }

    /** Waits until the plain text shows {@code text} at least {@code times} times. */
    void waitFor(String text, int times) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (text().split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for '" + text + "'; screen so far:\n" + text());
    }

    /** Waits until some line of the screen, trimmed, is exactly {@code line}. */
    void waitForLine(String line) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (text().replace("\r", "\n").lines().anyMatch(l -> l.strip().equals(line))) {
                return;
            }
            Thread.sleep(100);
        }
        String raw = screen.toString();
        throw new AssertionError("timed out waiting for a line '" + line + "'; screen ends with:\n"
                + raw.substring(Math.max(0, raw.length() - 1500)).replace("\u001B", "<ESC>"));
    }

    /** Types quit and waits for the shell to end; its exit status. */
    int quit() throws IOException, InterruptedException {
        type("quit\r");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the shell did not exit on quit");
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
