package io.factdesk.db;

/**
 * This build's schema version. Flyway's validation reads every migration from the jar and checks it
 * against the history on each start, which costs a one-shot command a good part of its time; when the
 * history says the newest version is applied and nothing failed, there is nothing for Flyway to do, so
 * it is not started at all. Anything else (a new database, an older or newer schema, a failed
 * migration) goes through Flyway.
 */
final class SchemaVersion {

    /** The highest V{n}__ migration of each engine (SchemaVersionTest fails when they disagree). */
    static final int CURRENT = 25;

    private SchemaVersion() {
    }
}
