package io.factdesk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar as a separate process on a given database, the way a script would: the seeds of
 * the repository, no default reviewer, no PGPASSWORD from the environment, history under the test's folder.
 * Each run's output goes to its own files in that folder.
 */
final class JarRuns {

    record Result(int exit, String out, String err) {
    }

    private final Path dir;
    private int runs;

    JarRuns(Path dir) {
        this.dir = dir;
    }

    Result run(String database, String... args) throws IOException, InterruptedException {
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
}
