package io.factdesk.support;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings, bound from application.properties and the environment
 * (FACTDESK_DB, FACTDESK_SEEDS, FACTDESK_REVIEWER, FACTDESK_THRESHOLD ...).
 *
 * @param db        the SQLite database file
 * @param seeds     the folder of articles to ingest
 * @param reviewer  the default reviewer name, if any
 * @param threshold the check-worthiness score at or above which a sentence enters the queue
 * @param ingestOnStart whether every start ingests the seeds folder first
 */
@ConfigurationProperties(prefix = "factdesk")
public record FactdeskSettings(
        @DefaultValue("db/factdesk.db") Path db,
        @DefaultValue("seeds") Path seeds,
        String reviewer,
        @DefaultValue("0.2") double threshold,
        @DefaultValue("true") boolean ingestOnStart) {

    public FactdeskSettings {
        if (threshold < 0 || threshold > 1) {
            throw FactdeskException.badInput("factdesk.threshold must be between 0 and 1, got " + threshold);
        }
    }
}
