package io.factdesk;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.logging.LoggingSystem;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FactdeskApplication {

    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger JLINE = Logger.getLogger("org.jline");

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        quietLogging();
        SpringApplication app = new SpringApplication(FactdeskApplication.class);
        // Command options such as --evidence=URL belong to factdesk, not to Spring's environment.
        app.setAddCommandLineProperties(false);
        System.exit(SpringApplication.exit(app.run(args)));
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
    }
}
