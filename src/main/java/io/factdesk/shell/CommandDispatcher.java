package io.factdesk.shell;

import java.io.PrintWriter;
import java.util.List;

import org.springframework.shell.core.InputReader;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.CommandRegistry;

import io.factdesk.support.CommandTiming;
import io.factdesk.support.ErrorReporter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.Failure;
import io.factdesk.support.OutputFailure;

/**
 * Runs one command line and turns whatever happens into an exit code: results on the
 * output writer, the one-line error on the message writer, a stack trace only when verbose.
 */
public final class CommandDispatcher {

    private static final InputReader NO_INPUT = new InputReader() {
    };

    private final CommandRegistry registry;
    private final CommandLineParser parser;
    private final boolean timing;

    public CommandDispatcher(CommandRegistry registry) {
        this(registry, false);
    }

    /** @param timing print each command's time inside the process to the message writer (for benchmarks) */
    public CommandDispatcher(CommandRegistry registry, boolean timing) {
        this.registry = registry;
        this.parser = new CommandLineParser(registry);
        this.timing = timing;
    }

    public CommandLineParser parser() {
        return parser;
    }

    public ExitCode run(List<String> words, PrintWriter out, PrintWriter err, boolean verbose) {
        return run(words, out, err, verbose, null);
    }

    /** @param where a location for the error line, such as "commands.txt:3", or null */
    public ExitCode run(List<String> words, PrintWriter out, PrintWriter err, boolean verbose, String where) {
        try {
            CommandLineParser.Parsed parsed = parser.parse(words);
            if (parsed.input().options().stream().anyMatch(o -> "help".equals(o.longName()))) {
                out.println(HelpText.of(parsed.command()));
                checkWritten(out);
                return ExitCode.OK;
            }
            long started = System.nanoTime();
            var status = parsed.command().execute(new CommandContext(parsed.input(), registry, out, NO_INPUT));
            checkWritten(out);
            if (timing) {
                CommandTiming.print(err, parsed.command().getName(), started);
            }
            return status.code() == 0 ? ExitCode.OK : ExitCode.FAILURE;
        } catch (Exception | StackOverflowError e) {
            flushQuietly(out);
            Failure failure = ErrorReporter.describe(e);
            if (!failure.quiet() || verbose) {
                err.println("error: " + (where == null ? "" : where + ": ") + failure.message());
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return failure.exitCode();
        }
    }

    /**
     * The one check that every command's results arrived: a PrintWriter keeps a failed write to
     * itself, so a full disk or a closed standard output would otherwise end in exit code 0.
     * (The process's own standard output throws at the failed write; see FactdeskRunner.)
     */
    static void checkWritten(PrintWriter out) {
        out.flush();
        if (out.checkError()) {
            throw new OutputFailure("standard output", null);
        }
    }

    /** After a failure the output may be the thing that failed; the error line must still get out. */
    static void flushQuietly(PrintWriter out) {
        try {
            out.flush();
        } catch (RuntimeException alreadyFailed) {
            // reported by the command's own failure, or it is the failure
        }
    }
}
