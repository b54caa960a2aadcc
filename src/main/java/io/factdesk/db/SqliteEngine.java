package io.factdesk.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;

/** SQLite, one file on one machine: the embedded default. */
final class SqliteEngine implements Engine {

    /**
     * How long a writer waits for another process's write transaction. An import holds the lock while
     * it reads its whole file, so a concurrent import or verdict waits that long.
     */
    static final int BUSY_TIMEOUT_MS = 60_000;
    private static final long MMAP_BYTES = 1L << 30;

    private final Path file;
    private final SQLiteDataSource dataSource;

    SqliteEngine(Path file) {
        this.file = file;
        prepareFolder(file);
        this.dataSource = new SQLiteDataSource(config());
        dataSource.setUrl("jdbc:sqlite:" + file);
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.SQLITE;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public boolean schemaIsCurrent(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var tables = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (tables.getInt(1) == 0) {
                return false;
            }
        }
        return Engine.historyIsCurrent(connection);
    }

    /**
     * One line for a database that cannot be opened, after SQLite's result code: not a database, damaged,
     * read-only, out of reach.
     */
    @Override
    public FactdeskException cannotOpen(SQLException e) {
        String where = "the database " + shown();
        SQLiteErrorCode code = SqliteErrors.codeOf(e);
        String name = code == null ? "" : code.name();
        String message;
        if (code == SQLiteErrorCode.SQLITE_NOTADB) {
            message = where + " is not an SQLite database (or is encrypted); point FACTDESK_DB at a factdesk database";
        } else if (SqliteErrors.isDamaged(e)) {
            message = where + " is damaged (" + SqliteErrors.damage(e) + "); 'db check' lists the damage; restore it from a backup";
        } else if (name.startsWith("SQLITE_READONLY")) {
            message = where + " is read-only: factdesk needs to write the file and its folder";
        } else if (name.startsWith("SQLITE_CANTOPEN") || name.startsWith("SQLITE_PERM") || name.startsWith("SQLITE_AUTH")) {
            message = "cannot open " + where + ": the file or its folder cannot be read or written";
        } else if (name.startsWith("SQLITE_BUSY")) {
            message = where + " is busy with another factdesk process; try again in a moment";
        } else {
            message = "cannot open " + where + ": " + Database.firstLine(e.getMessage());
        }
        return FactdeskException.failure(message, e);
    }

    @Override
    public ErrorClassifier errors() {
        return new SqliteErrors();
    }

    @Override
    public FullTextSearch fullTextSearch() {
        return new SqliteFullTextSearch();
    }

    @Override
    public Maintenance maintenance(DSLContext dsl) {
        return new SqliteMaintenance(file, dsl);
    }

    @Override
    public RowLocking rowLocking() {
        return new RowLocking() {
            @Override
            public <R extends org.jooq.Record> org.jooq.ResultQuery<R> locking(org.jooq.SelectForUpdateStep<R> select,
                                                                             org.jooq.Table<?> table) {
                return select;   // BEGIN IMMEDIATE holds the whole file already
            }
        };
    }

    @Override
    public BulkLoader bulkLoader(DSLContext dsl) {
        return new SqliteBulkLoader(dsl);
    }

    @Override
    public void serialiseBulkWriters(DSLContext dsl) {
        // BEGIN IMMEDIATE (see config) already holds the file's write lock
    }

    @Override
    public void readOneSnapshot(DSLContext dsl) {
        // BEGIN IMMEDIATE holds the write lock: nobody changes the file until the transaction ends
    }

    @Override
    public void afterCopy(DSLContext dsl) {
        // an INTEGER PRIMARY KEY's next id is max(id) + 1, whoever wrote the rows
    }

    private String shown() {
        return TerminalText.safe(file.toString());
    }

    /** Refuses a folder where the file should be, and makes the file's folder if it is missing. */
    /**
     * Whether the file is an SQLite database with tables of its own and none of factdesk's migrations: someone else's.
     * Read through a read-only connection with no settings, which leaves the file as it is; a file that is not a
     * database at all, or cannot be read, is left to the workbench's own connection to describe.
     */
    static boolean holdsOnlyOtherTables(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + file); var statement = c.createStatement();
             var tables = statement.executeQuery("SELECT count(*), count(*) FILTER (WHERE name = 'flyway_schema_history')"
                     + " FROM sqlite_master WHERE type = 'table'")) {
            return tables.getInt(1) > 0 && tables.getInt(2) == 0;
        } catch (SQLException e) {
            return false;
        }
    }

    static void prepareFolder(Path absolute) {
        if (Files.isDirectory(absolute)) {
            throw FactdeskException.badInput("the database " + TerminalText.safe(absolute.toString())
                    + " is a folder; name a database file (in that folder, say)");
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw FactdeskException.failure("cannot create the database folder "
                    + TerminalText.safe(String.valueOf(absolute.getParent())) + ": " + ioReason(e), e);
        }
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
            return Database.firstLine(f.getReason());
        }
        return Database.firstLine(e.getMessage());
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // Statement journals (kept for statements that fire triggers) in memory rather than in temporary
        // files, and a larger page cache for the log's indexes during large imports.
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32 * 1024);
        // Reads through memory-mapped pages instead of a system call per page: what a lookup scattered over a
        // large file (a claim's candidate matches, a review card's joins) spends most of its time on. Only the
        // pages touched are mapped, and they are the operating system's file cache, not the process's memory.
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, Long.toString(MMAP_BYTES));
        // Writers take the lock when the transaction begins, so two processes never
        // deadlock upgrading read locks; the busy timeout then queues them.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }
}
