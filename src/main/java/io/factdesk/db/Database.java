package io.factdesk.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.Settings;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/**
 * The workbench's database on either engine: migrated by Flyway on open (unless it is already current),
 * then used through one DSLContext over a data source with jOOQ's thread-bound transaction provider,
 * so that every repository call made inside {@link Transactions} joins that transaction.
 */
public final class Database implements AutoCloseable {

    private final DatabaseLocation location;
    private final Engine engine;
    private final OneConnectionDataSource connections;
    private final DSLContext dsl;

    private Database(DatabaseLocation location, Engine engine, OneConnectionDataSource connections) {
        this.location = location;
        this.engine = engine;
        this.connections = connections;
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(engine.dialect());
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(connections)));
        configuration.set(new BusyTranslator(engine.errors(), location));
        this.dsl = configuration.dsl();
    }

    public static Database open(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.SqliteFile f && SqliteEngine.holdsOnlyOtherTables(f.file())) {
            // refused before the workbench's own connection, whose settings (WAL) would change the file
            throw notAWorkbench(location);
        }
        Engine engine = engineFor(location);
        OneConnectionDataSource connections = new OneConnectionDataSource(engine.dataSource(), engine::cannotOpen);
        try {
            Connection connection = connections.open();
            if (!engine.schemaIsCurrent(connection)) {
                migrate(engine, location);
            }
            return new Database(location, engine, connections);
        } catch (SQLException e) {
            connections.close();
            throw engine.cannotOpen(e);
        } catch (RuntimeException e) {
            connections.close();
            throw e;
        }
    }

    static Engine engineFor(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.PostgresServer server) {
            return new PostgresEngine(server);
        }
        return new SqliteEngine(((DatabaseLocation.SqliteFile) location).file());
    }

    /**
     * The engine's own checks. An SQLite file is checked as it is, without opening it as a workbench, so
     * that a damaged file is described rather than refused; a PostgreSQL database is opened as usual.
     */
    public static List<String> check(DatabaseLocation location) {
        if (location instanceof DatabaseLocation.SqliteFile f) {
            if (!java.nio.file.Files.exists(f.file())) {
                open(location).close(); // a new file is created and migrated, as by any other command
            }
            return SqliteMaintenance.checkFile(f.file());
        }
        try (Database database = open(location)) {
            return database.maintenance().check();
        }
    }

    private static void migrate(Engine engine, DatabaseLocation location) {
        try {
            Flyway.configure()
                    .dataSource(engine.dataSource())
                    .locations(engine.migrations())
                    .javaMigrations(new SearchTextMigration(engine.dialect()))
                    // A database written by a newer factdesk has migrations this one does not know:
                    // refuse it rather than run against a schema we do not understand.
                    .ignoreMigrationPatterns("")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (e.getErrorCode() == org.flywaydb.core.api.CoreErrorCode.NON_EMPTY_SCHEMA_WITHOUT_SCHEMA_HISTORY_TABLE) {
                throw notAWorkbench(location);
            }
            String message = String.valueOf(e.getMessage());
            if (message.contains("not resolved locally") || message.contains("newer")) {
                throw FactdeskException.conflict("the database " + location.shown()
                        + " was written by a newer version of factdesk; upgrade factdesk to use it");
            }
            SQLException cause = sqlCause(e);
            if (cause != null && "42501".equals(cause.getSQLState())) {
                // a reviewer's role on a team database whose schema an upgrade of factdesk changed
                throw FactdeskException.failure("the database " + location.shown() + " needs its schema brought up to"
                        + " this version of factdesk, and this user may not change it: run factdesk once as the"
                        + " database's owner (README, Team set-up), then again as yourself", e);
            }
            if (cause != null) {
                throw engine.cannotOpen(cause);
            }
            throw FactdeskException.failure("cannot migrate the database " + location.shown() + ": " + firstLine(message), e);
        }
    }

    private static FactdeskException notAWorkbench(DatabaseLocation location) {
        return FactdeskException.conflict("the database " + location.shown() + " holds tables but no factdesk"
                + " workbench; factdesk uses an empty database or one of its own, and leaves this one as it is");
    }

    private static SQLException sqlCause(Throwable e) {
        return io.factdesk.support.Causes.first(e, SQLException.class);
    }

    static String firstLine(String text) {
        String t = String.valueOf(text);
        return TerminalText.safe(t.lines().findFirst().orElse(t));
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DatabaseLocation location() {
        return location;
    }

    public ErrorClassifier errors() {
        return engine.errors();
    }

    public FullTextSearch fullTextSearch() {
        return engine.fullTextSearch();
    }

    public Maintenance maintenance() {
        return engine.maintenance(dsl);
    }

    public RowLocking rowLocking() {
        return engine.rowLocking();
    }

    public BulkLoader bulkLoader() {
        return engine.bulkLoader(dsl);
    }

    /** See {@link Engine#serialiseBulkWriters}; call inside the bulk writer's transaction. */
    public void serialiseBulkWriters() {
        engine.serialiseBulkWriters(dsl);
    }

    /** See {@link Engine#readOneSnapshot}; call first inside the reading transaction. */
    public void readOneSnapshot() {
        engine.readOneSnapshot(dsl);
    }

    /** See {@link Engine#refreshStatistics}. */
    public void refreshStatistics() {
        engine.refreshStatistics(dsl);
    }

    /** See {@link Engine#afterCopy}; call inside the copy's transaction, after its last row. */
    public void afterCopy() {
        engine.afterCopy(dsl);
    }

    @Override
    public void close() {
        connections.close();
        engine.close();
    }

    /**
     * Busy, locked and serialisation failures end as one line that says to try again, on either engine; a lost
     * connection to a server as one line that names it (the next statement gets a new connection).
     */
    private static final class BusyTranslator implements ExecuteListener {
        private final ErrorClassifier errors;
        private final DatabaseLocation location;

        BusyTranslator(ErrorClassifier errors, DatabaseLocation location) {
            this.errors = errors;
            this.location = location;
        }

        @Override
        public void exception(ExecuteContext ctx) {
            if (ctx.sqlException() == null) {
                return;
            }
            DatabaseError kind = errors.classify(ctx.sqlException());
            if (kind == DatabaseError.BUSY) {
                ctx.exception(DatabaseBusyException.of(ctx.sqlException()));
            } else if (kind == DatabaseError.CONNECTION_LOST) {
                ctx.exception(new ConnectionLostException(location, ctx.sqlException()));
            } else if (kind == DatabaseError.NOT_PERMITTED) {
                ctx.exception(new NotPermittedException(location, ctx.sqlException()));
            }
        }
    }
}
