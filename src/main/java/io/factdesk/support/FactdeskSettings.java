package io.factdesk.support;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings, bound from application.properties and the environment
 * (FACTDESK_DB, FACTDESK_SEEDS, FACTDESK_REVIEWER, FACTDESK_THRESHOLD ...).
 *
 * @param db        the database: an SQLite file, or a PostgreSQL URL (postgresql://user@host:5432/db)
 * @param seeds     the folder of articles to ingest
 * @param reviewer  the default reviewer name, if any
 * @param threshold the check-worthiness score at or above which a sentence enters the queue
 * @param ingestOnStart whether every start ingests the seeds folder first
 */
@ConfigurationProperties(prefix = "factdesk")
public record FactdeskSettings(
        @DefaultValue("db/factdesk.db") String db,
        @DefaultValue("seeds") Path seeds,
        String reviewer,
        @DefaultValue("0.2") double threshold,
        @DefaultValue("true") boolean ingestOnStart) {

    /** The default of {@code threshold}, for code that runs the queue's rules without settings (the trainer). */
    public static final double DEFAULT_THRESHOLD = 0.2;

    public FactdeskSettings {
        // Written so that NaN fails too: every comparison with NaN is false.
        if (!(threshold >= 0 && threshold <= 1)) {
            throw FactdeskException.badInput(named("factdesk.threshold") + " must be a number from 0 to 1, got '"
                    + threshold + "'");
        }
    }

    /**
     * A true/false setting read strictly (Spring would also take yes, on or 1).
     *
     * @param property the property's name, such as factdesk.timing
     */
    public static boolean flag(String property, String value) {
        String v = value == null ? "" : value.strip();
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw FactdeskException.badInput(named(property) + " must be true or false, got '" + TerminalText.safe(value) + "'");
    }

    /**
     * A setting as the user sets it, with its property name: "FACTDESK_THRESHOLD (factdesk.threshold)".
     * Environment variables are the usual way; the property name is what application.properties and
     * -D options use.
     */
    public static String named(String property) {
        String env = property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", "");
        return env + " (" + property + ")";
    }
}
