package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's own entry point, {@code scripts/factdesk}, as a user's script would: the launcher
 * picks the JDK, prepares its start-up archive and passes arguments, exit codes and both streams
 * through unchanged. (The jar is fresh from {@code package}, so the launcher does not rebuild it.)
 */
class LauncherIT {

    record Result(int exit, String out, String err) {
    }

    @TempDir
    Path dir;

    private Result launch(String... args) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("factdesk.basedir"));
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("scripts/factdesk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("FACTDESK_DB", dir.resolve("launcher.db").toString());
        env.put("FACTDESK_SEEDS", root.resolve("seeds").toString());
        env.remove("FACTDESK_REVIEWER");
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theLauncherRunsOneShotCommandsWithTheirExitCodes() throws Exception {
        Result count = launch("claims", "count");
        assertThat(count.exit()).as(count.err()).isZero();
        assertThat(count.out().strip()).matches("[1-9]\\d*");
        assertThat(count.err()).contains("seeds added").doesNotContain("Exception");

        Result missing = launch("claims", "show", "999999");
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("error: claim 999999 not found\n");

        Result bad = launch("claims", "list", "--status", "nonsense");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);

        Result reviewed = launch("verdict", "1", "unverifiable", "--note", "nothing found", "--reviewer", "Lan");
        assertThat(reviewed.exit()).as(reviewed.err()).isZero();
        assertThat(launch("claims", "count", "--status", "reviewed").out().strip()).isEqualTo("1");
    }
}
