package io.factdesk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.shell.core.command.Command;
import org.springframework.shell.core.command.CommandRegistry;

import io.factdesk.support.CheckedOutputStream;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FailingStreams;

/**
 * Every command's results go through one writer, checked in one place: a full or closed standard
 * output is exit code 1 with one line, a reader that went away (| head -1) exit 1 with none.
 */
class OutputFailureTest {

    private final AtomicInteger linesTried = new AtomicInteger();
    private final CommandRegistry registry = new CommandRegistry(new java.util.HashSet<>(Set.of(
            Command.builder().name("claims list").execute(ctx -> {
                for (int i = 0; i < 5_000; i++) {
                    linesTried.incrementAndGet();
                    ctx.outputWriter().println("claim " + i);
                }
            }),
            Command.builder().name("claims count").execute((java.util.function.Consumer<org.springframework.shell.core.command.CommandContext>)
                    ctx -> ctx.outputWriter().println(42)))));
    private final CommandDispatcher dispatcher = new CommandDispatcher(registry);
    private final StringWriter err = new StringWriter();

    private ExitCode run(PrintWriter out, String... words) {
        return dispatcher.run(List.of(words), out, new PrintWriter(err, true), false);
    }

    @Test
    void aWriterThatSwallowsTheFailureIsStillCaught() {
        // Even a command printing one short line, into a PrintWriter that keeps its error to itself.
        assertThat(run(new PrintWriter(FailingStreams.full()), "claims", "count")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).isEqualTo("error: cannot write standard output: the write failed" + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run(new PrintWriter(FailingStreams.full()), "claims", "count", "--help")).isEqualTo(ExitCode.FAILURE);
    }

    @Test
    void aFullStandardOutputStopsTheCommandWithOneLine() {
        PrintWriter out = CheckedOutputStream.printWriter(new FailingStreams.After(200, "No space left on device"),
                "standard output", true);
        assertThat(run(out, "claims", "list")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).isEqualTo("error: cannot write standard output: No space left on device"
                + System.lineSeparator());
        assertThat(linesTried.get()).as("stopped at the failed write").isLessThan(100);
    }

    @Test
    void aReaderThatWentAwayEndsQuietlyWithExitCodeOne() {
        PrintWriter out = CheckedOutputStream.printWriter(new FailingStreams.After(50, "Broken pipe"), "standard output", true);
        assertThat(run(out, "claims", "list")).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aWorkingOutputIsUntouched() {
        StringWriter text = new StringWriter();
        assertThat(run(new PrintWriter(text, true), "claims", "count")).isEqualTo(ExitCode.OK);
        assertThat(text.toString().strip()).isEqualTo("42");
        assertThat(err.toString()).isEmpty();
    }
}
