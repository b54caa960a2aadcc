package io.factdesk.db;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

import io.factdesk.support.FactdeskException;

/**
 * What differs between SQLite and PostgreSQL, and nothing else: how to connect, where the migrations
 * are, how to tell the schema is current, how errors are classified, full-text search, maintenance,
 * and how a bulk writer waits for another. Everything above this works on either engine.
 */
interface Engine {

    SQLDialect dialect();

    /** A data source for Flyway and for the workbench's own connection. */
    DataSource dataSource();

    /** The classpath folder of this engine's migrations. */
    String migrations();

    /** Whether the database already has this build's schema (so Flyway need not start). */
    boolean schemaIsCurrent(Connection connection) throws SQLException;

    /** One line for a database that cannot be opened or reached. */
    FactdeskException cannotOpen(SQLException e);

    ErrorClassifier errors();

    FullTextSearch fullTextSearch();

    Maintenance maintenance(DSLContext dsl);

    BulkLoader bulkLoader(DSLContext dsl);

    RowLocking rowLocking();

    /**
     * Makes a bulk writer (an import) wait for any other inside its transaction, so that two imports at
     * the same moment come out as one after the other. SQLite's writers already hold the file's write
     * lock from the start of their transaction.
     */
    void serialiseBulkWriters(DSLContext dsl);

    /**
     * Makes the transaction just begun read one snapshot of the whole database, so that a copy's rows and
     * checksum come from one moment while others keep working. Must be the transaction's first statement.
     */
    void readOneSnapshot(DSLContext dsl);

    /**
     * Brings the engine's own bookkeeping in line after a copy inserted rows with their ids given, inside
     * the copy's transaction: where the next generated id comes from, and what the planner knows.
     */
    void afterCopy(DSLContext dsl);

    /**
     * After a committed write of many rows (a large ingest or import), outside any transaction:
     * PostgreSQL's planner statistics and visibility map are brought up to date at once rather than when
     * autovacuum gets to them, so that the next commands are planned for the tables' real sizes and
     * counts read the index alone. SQLite plans without such statistics.
     */
    default void refreshStatistics(DSLContext dsl) {
    }

    /** Releases what the engine holds outside its connections. */
    default void close() {
    }

    /** The flyway history query both engines share: newest version applied, and whether any failed. */
    static boolean historyIsCurrent(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var history = statement.executeQuery("SELECT max(CAST(version AS INTEGER)),"
                     + " sum(CASE WHEN success THEN 0 ELSE 1 END) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            return history.next() && history.getInt(1) == SchemaVersion.CURRENT && history.getInt(2) == 0;
        }
    }
}
