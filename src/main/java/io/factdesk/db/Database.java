package io.factdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import io.factdesk.support.FactdeskException;

/**
 * One SQLite database file: migrated by Flyway on open (unless it is already current), then used through a single
 * connection (the shell is single-threaded, and one connection keeps SQLite's page
 * cache warm between commands).
 */
public final class Database implements AutoCloseable {

    /**
     * How long a writer waits for another process's write transaction. An import holds the lock while
     * it reads its whole file, so a concurrent import or verdict waits that long; on a loaded machine
     * ten seconds was too short and a second import failed as busy instead of queueing.
     */
    public static final int BUSY_TIMEOUT_MS = 60_000;

    private final Path file;
    private final Connection connection;
    private final DSLContext dsl;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.dsl = DSL.using(connection, SQLDialect.SQLITE, new Settings().withExecuteLogging(false));
    }

    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw FactdeskException.failure("cannot create the database folder " + absolute.getParent()
                    + ": " + e.getMessage(), e);
        }
        SQLiteDataSource raw = new SQLiteDataSource(config());
        raw.setUrl("jdbc:sqlite:" + absolute);
        Connection connection = null;
        try {
            connection = raw.getConnection();
            if (!SchemaVersion.isCurrent(connection)) {
                migrate(raw, absolute);
            }
            return new Database(absolute, connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw FactdeskException.failure("cannot open the database " + absolute + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    private static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Statement journals (kept for statements that fire triggers) in memory rather than in temporary
        // files, and a 32 MiB page cache for the log's indexes during large imports. Statements that
        // touch many rows are split so that their journals stay small (ClaimRepository).
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32 * 1024);
        // Writers take the lock when the transaction begins, so two processes never
        // deadlock upgrading read locks; the busy timeout then queues them.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    private static void migrate(SQLiteDataSource dataSource, Path file) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    // A database written by a newer factdesk has migrations this one does not know:
                    // refuse it rather than run against a schema we do not understand.
                    .ignoreMigrationPatterns("")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("not resolved locally") || message.contains("newer")) {
                throw FactdeskException.conflict("database " + file
                        + " was written by a newer version of factdesk; upgrade factdesk to use it");
            }
            throw FactdeskException.failure("cannot migrate the database " + file + ": "
                    + message.lines().findFirst().orElse(message), e);
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }
}
