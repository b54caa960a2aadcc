package io.factdesk.shell;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.stereotype.Component;

import io.factdesk.seeds.StartupIngest;
import io.factdesk.support.CheckedOutputStream;
import io.factdesk.support.ErrorReporter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskSettings;
import io.factdesk.support.Failure;

/**
 * Decides how factdesk runs: with no arguments, the interactive shell; with
 * {@code @FILE}, a script of commands; otherwise one command from argv. Spring Shell
 * 4.0.1's own runners never set an exit code, so this one does, through Boot's
 * {@link ExitCodeGenerator}.
 */
@Component
public class FactdeskRunner implements ApplicationRunner, ExitCodeGenerator {

    private final CommandRegistry registry;
    private final ObjectProvider<StartupIngest> startupIngest;
    private final ObjectProvider<InteractiveShell> interactiveShell;
    private final boolean enabled;
    private final boolean timing;
    private ExitCode exitCode = ExitCode.OK;

    /**
     * The start-up ingest, and with it the database, is asked for inside {@link #run}, so that a database that
     * cannot be opened is reported there as one line, like any other failure.
     *
     * @param enabled false in tests that drive the commands themselves
     */
    public FactdeskRunner(CommandRegistry registry, ObjectProvider<StartupIngest> startupIngest,
                          ObjectProvider<InteractiveShell> interactiveShell,
                          @Value("${factdesk.runner.enabled:true}") String enabled,
                          @Value("${factdesk.timing:false}") String timing) {
        this.registry = registry;
        this.enabled = FactdeskSettings.flag("factdesk.runner.enabled", enabled);
        this.timing = FactdeskSettings.flag("factdesk.timing", timing);
        this.startupIngest = startupIngest;
        this.interactiveShell = interactiveShell;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!enabled) {
            return;
        }
        List<String> args = new ArrayList<>(Arrays.asList(arguments.getSourceArgs()));
        boolean verbose = args.remove("--verbose");
        // Not System.out: a PrintStream swallows a failed write, and a full disk or a closed pipe
        // must fail the command. This stream throws at the first failed write instead.
        PrintWriter out = CheckedOutputStream.printWriter(new FileOutputStream(FileDescriptor.out), "standard output", true);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        try {
            if (!skipsStartupIngest(args)) {
                startupIngest.getObject().run(err);
            }
            CommandDispatcher dispatcher = new CommandDispatcher(registry, timing);
            if (args.isEmpty()) {
                exitCode = interactiveShell.getObject().run(dispatcher, verbose);
            } else if (args.get(0).startsWith("@") && args.size() == 1) {
                exitCode = new ScriptRunner(dispatcher).run(args.get(0).substring(1), out, err, verbose);
            } else {
                exitCode = dispatcher.run(args, out, err, verbose);
            }
        } catch (RuntimeException e) {
            Failure failure = ErrorReporter.describe(e);
            if (!failure.quiet() || verbose) {
                err.println("error: " + failure.message());
            }
            if (verbose) {
                e.printStackTrace(err);
            }
            exitCode = failure.exitCode();
        } finally {
            CommandDispatcher.flushQuietly(out);
            err.flush();
        }
    }

    /**
     * 'db check' on its own reads the file as it is: the start-up ingest would write to it first, and fail on the
     * very damage the check is there to describe. 'db copy' moves the database as it is: the ingest would fill
     * an empty target before the copy (which then refuses it), or change the source from a seeds folder that
     * may not be the one it was made from. 'seeds ingest' is the ingest itself: run first at start-up, it would
     * report on standard error what the command then finds already done and reports on standard output.
     */
    static boolean skipsStartupIngest(List<String> args) {
        return args.size() >= 2 && (args.get(0).equals("db") && (args.get(1).equals("check") || args.get(1).equals("copy"))
                || args.get(0).equals("seeds") && args.get(1).equals("ingest"));
    }

    @Override
    public int getExitCode() {
        return exitCode.code();
    }
}
