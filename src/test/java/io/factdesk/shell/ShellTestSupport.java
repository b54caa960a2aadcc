package io.factdesk.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.factdesk.FactdeskApplication;
import io.factdesk.seeds.StartupIngest;
import io.factdesk.support.ExitCode;

/**
 * Runs commands through the same parser and dispatcher as the shell, over the project's seeds. Every
 * test gets its own application context, so its own database file and reviewer session: no test sees
 * what another one wrote or which reviewer it set.
 */
@SpringBootTest(classes = FactdeskApplication.class, properties = "factdesk.runner.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
public abstract class ShellTestSupport {

    /** The folder of the context being built; cleared after each test so the next context gets a new one. */
    private static Path dir;

    @DynamicPropertySource
    static void paths(DynamicPropertyRegistry registry) {
        registry.add("factdesk.db", () -> dir().resolve("shell.db").toString());
        registry.add("factdesk.seeds", () -> Path.of("seeds").toAbsolutePath().toString());
    }

    /** This test's folder, where its database lives. */
    protected static Path folder() {
        return dir();
    }

    private static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("factdesk-shell-test");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return dir;
    }

    @AfterEach
    void forgetFolder() throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        dir = null;
    }

    @Autowired
    protected CommandRegistry registry;
    @Autowired
    protected StartupIngest startupIngest;

    protected CommandDispatcher dispatcher;
    protected StringWriter out;
    protected StringWriter err;

    @BeforeEach
    void ingestAndMakeDispatcher() {
        startupIngest.run(new PrintWriter(new StringWriter()));
        dispatcher = new CommandDispatcher(registry);
    }

    /** Runs one command line; its output and errors are in {@link #out} and {@link #err}. */
    protected ExitCode run(String line) {
        out = new StringWriter();
        err = new StringWriter();
        return dispatcher.run(dispatcher.parser().words(line), new PrintWriter(out, true), new PrintWriter(err, true),
                false);
    }

    /** The first pending claim's id. */
    protected long firstPendingId() {
        run("claims list --status pending --limit 1 --format json");
        return Long.parseLong(out.toString().replaceAll("(?s).*?\"id\" : (\\d+).*", "$1"));
    }
}
