package io.factdesk.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether a database already has this build's schema. Flyway's validation reads every migration
 * from the jar and checks it against the history on each start, which costs a one-shot command a
 * good part of its time; when the history says the newest version is applied and nothing failed,
 * there is nothing for Flyway to do, so it is not started at all. Anything else (a new file, an
 * older or newer schema, a failed migration) goes through Flyway as before.
 */
final class SchemaVersion {

    /** The highest V{n}__ migration in db/migration (SchemaVersionTest fails when they disagree). */
    static final int CURRENT = 8;

    private SchemaVersion() {
    }

    static boolean isCurrent(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var tables = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (tables.getInt(1) == 0) {
                return false;
            }
        }
        try (var statement = connection.createStatement();
             var history = statement.executeQuery("SELECT max(CAST(version AS INTEGER)), sum(success = 0)"
                     + " FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return history.getInt(1) == CURRENT && history.getInt(2) == 0;
        }
    }
}
