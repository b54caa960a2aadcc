package io.factdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

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
        prepareFolder(absolute);
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
            throw cannotOpen(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * SQLite's integrity_check and foreign_key_check on the file as it is: no migration, no other work first, so
     * that a damaged file is described rather than refused. A file SQLite cannot read as a database at all is
     * one problem in the list; a file that cannot be opened is an error, as for any command.
     *
     * @return the problems found; empty when the file is sound
     */
    public static List<String> check(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        prepareFolder(absolute);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource raw = new SQLiteDataSource(config);
        raw.setUrl("jdbc:sqlite:" + absolute);
        try (Connection c = raw.getConnection(); var statement = c.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (var integrity = statement.executeQuery("pragma integrity_check")) {
                while (integrity.next()) {
                    problems.add(integrity.getString(1));
                }
            }
            if (problems.equals(List.of("ok"))) {
                problems.clear();
            }
            try (var keys = statement.executeQuery("pragma foreign_key_check")) {
                while (keys.next()) {
                    problems.add("foreign key: table " + keys.getString(1) + " row " + keys.getLong(2)
                            + " points to a missing row in " + keys.getString(3));
                }
            }
            return problems;
        } catch (SQLException e) {
            if (isDamaged(e)) {
                return List.of(damage(e));
            }
            throw cannotOpen(absolute, e);
        }
    }

    /** Refuses a folder where the file should be, and makes the file's folder if it is missing. */
    private static void prepareFolder(Path absolute) {
        if (Files.isDirectory(absolute)) {
            throw FactdeskException.badInput("the database " + shown(absolute)
                    + " is a folder; FACTDESK_DB must name a database file");
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw FactdeskException.failure("cannot create the database folder " + shown(absolute.getParent())
                    + ": " + ioReason(e), e);
        }
    }

    /**
     * One line for a database that cannot be opened, after SQLite's result code: not a database, damaged,
     * read-only, out of reach. Exit code 1: the file, not the command, is at fault.
     */
    static FactdeskException cannotOpen(Path file, SQLException e) {
        String where = "the database " + shown(file);
        SQLiteErrorCode code = codeOf(e);
        String message;
        if (code == SQLiteErrorCode.SQLITE_NOTADB) {
            message = where + " is not an SQLite database (or is encrypted); point FACTDESK_DB at a factdesk database";
        } else if (isDamaged(e)) {
            message = where + " is damaged (" + damage(e) + "); 'db check' lists the damage; restore it from a backup";
        } else if (code != null && code.name().startsWith("SQLITE_READONLY")) {
            message = where + " is read-only: factdesk needs to write the file and its folder";
        } else if (code != null && (code.name().startsWith("SQLITE_CANTOPEN") || code.name().startsWith("SQLITE_PERM")
                || code.name().startsWith("SQLITE_AUTH"))) {
            message = "cannot open " + where + ": the file or its folder cannot be read or written";
        } else if (code != null && code.name().startsWith("SQLITE_BUSY")) {
            message = where + " is busy with another factdesk process; try again in a moment";
        } else {
            message = "cannot open " + where + ": " + firstLine(e.getMessage());
        }
        return FactdeskException.failure(message, e);
    }

    private static boolean isDamaged(SQLException e) {
        SQLiteErrorCode code = codeOf(e);
        return code == SQLiteErrorCode.SQLITE_NOTADB || code != null && code.name().startsWith("SQLITE_CORRUPT");
    }

    private static String damage(SQLException e) {
        return codeOf(e) == SQLiteErrorCode.SQLITE_NOTADB ? "file is not a database" : "database disk image is malformed";
    }

    /** SQLite's result code, from the exception or its causes. */
    private static SQLiteErrorCode codeOf(Throwable e) {
        SQLiteException s = sqliteCause(e);
        return s == null ? null : s.getResultCode();
    }

    /** The SQLite error behind an exception (Flyway wraps them), or null. */
    private static SQLiteException sqliteCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLiteException s) {
                return s;
            }
        }
        return null;
    }

    private static String ioReason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException
                || e instanceof java.nio.file.FileSystemException f && "Not a directory".equals(f.getReason())) {
            return "a file is in the way";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return firstLine(f.getReason());
        }
        return firstLine(e.getMessage());
    }

    private static String shown(Path path) {
        return TerminalText.safe(String.valueOf(path));
    }

    private static String firstLine(String text) {
        String t = String.valueOf(text);
        return TerminalText.safe(t.lines().findFirst().orElse(t));
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
                throw FactdeskException.conflict("the database " + shown(file)
                        + " was written by a newer version of factdesk; upgrade factdesk to use it");
            }
            SQLiteException cause = sqliteCause(e);
            if (cause != null) {
                throw cannotOpen(file, cause);
            }
            throw FactdeskException.failure("cannot migrate the database " + shown(file) + ": " + firstLine(message), e);
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
