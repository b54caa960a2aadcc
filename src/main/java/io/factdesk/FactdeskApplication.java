package io.factdesk;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.logging.LoggingSystem;

import io.factdesk.support.ErrorReporter;
import io.factdesk.support.Failure;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FactdeskApplication {

    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger JLINE = Logger.getLogger("org.jline");
    /** DJL (the sentence encoder's tokenizer) warns on every load that it finds no GPU: the encoder is CPU-only. */
    private static final Logger DJL = Logger.getLogger("ai.djl");
    /**
     * Spring logs a failed start as a stack trace ("Application run failed") or a failure analysis
     * ("APPLICATION FAILED TO START"), and Flyway warns about a schema newer than its migrations: main reports
     * each of these as one line instead. Held for the same reason as {@link #JLINE}.
     */
    private static final List<Logger> SILENCED = List.of(Logger.getLogger("org.springframework.boot.SpringApplication"),
            Logger.getLogger("org.springframework.boot.diagnostics"), Logger.getLogger("org.flywaydb"),
            // sqlite-jdbc, unpacking its library into the temporary folder, also removes copies left by other
            // processes, and reports losing that race to another process as a stack trace.
            Logger.getLogger("org.sqlite"));

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        quietLogging();
        SpringApplication app = new SpringApplication(FactdeskApplication.class);
        // Command options such as --evidence=URL belong to factdesk, not to Spring's environment.
        app.setAddCommandLineProperties(false);
        int code;
        try {
            code = SpringApplication.exit(app.run(args));
        } catch (SpringApplication.AbandonedRunException e) {
            throw e; // the build's ahead-of-time processing stops the run this way once the context is prepared
        } catch (RuntimeException | Error e) {
            // What fails while the context starts (a bad setting, a database that cannot be opened) never reaches
            // the command runner: the same mapping to one line and an exit code is applied here.
            code = reportStartFailure(e, Arrays.asList(args).contains("--verbose"), System.err);
        }
        System.exit(code);
    }

    /** Prints one "error:" line (and with --verbose the stack trace) and returns the exit code. */
    static int reportStartFailure(Throwable e, boolean verbose, PrintStream err) {
        Failure failure = ErrorReporter.describe(e);
        err.println("error: " + failure.message());
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return failure.exitCode().code();
    }

    /**
     * factdesk itself logs nothing; libraries' warnings go to stderr through java.util.logging.
     * Setting the two levels here replaces Spring Boot's logging system, whose set-up took about
     * 25 ms of every one-shot command. (Tests start Spring without main and keep Boot's, set by
     * application.properties to the same levels.)
     */
    private static void quietLogging() {
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        Logger.getLogger("").setLevel(Level.WARNING);
        // JLine reports a terminal it cannot fully use as a warning, while factdesk carries on with a dumb one.
        JLINE.setLevel(Level.OFF);
        DJL.setLevel(Level.SEVERE);
        SILENCED.forEach(logger -> logger.setLevel(Level.OFF));
    }
}
