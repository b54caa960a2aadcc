package io.factdesk.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/** SQLite's integrity and foreign-key checks, its page counts and its online backup. The PRAGMAs take no user input. */
final class SqliteMaintenance implements Maintenance {

    private final Path file;
    private final DSLContext dsl;

    SqliteMaintenance(Path file, DSLContext dsl) {
        this.file = file;
        this.dsl = dsl;
    }

    @Override
    public List<String> check() {
        return checkFile(file);
    }


    /**
     * The checks on the file as it is: no migration, no other work first, so that a damaged file is
     * described rather than refused. A file SQLite cannot read as a database at all is one problem in the
     * list; a file that cannot be opened is an error, as for any command.
     */
    static List<String> checkFile(Path file) {
        SqliteEngine.prepareFolder(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(SqliteEngine.BUSY_TIMEOUT_MS);
        SQLiteDataSource raw = new SQLiteDataSource(config);
        raw.setUrl("jdbc:sqlite:" + file);
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
            if (SqliteErrors.isDamaged(e)) {
                return List.of(SqliteErrors.damage(e));
            }
            throw new SqliteEngine(file).cannotOpen(e);
        }
    }

    /**
     * A consistent copy through SQLite's online backup API, which other processes may keep writing during;
     * it appears whole under the target's name or not at all.
     */
    @Override
    public void backupTo(Path target) {
        // SQLite's backup writes its own file, so the empty temporary file is removed first.
        io.factdesk.support.AtomicFiles.write(target, false, tmp -> {
            java.nio.file.Files.delete(tmp);
            backupInto(tmp);
        });
    }

    private void backupInto(Path target) {
        dsl.connection(c -> {
            int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
            if (rc != 0) {
                throw new SQLException("backup failed with SQLite result code " + rc);
            }
        });
    }

    @Override
    public String size() {
        long pageSize = pragma("page_size");
        long pages = pragma("page_count");
        return String.format(java.util.Locale.ROOT, "%.1f MiB (%d pages of %d bytes, %d free)",
                pages * pageSize / 1048576.0, pages, pageSize, pragma("freelist_count"));
    }

    private long pragma(String name) {
        return ((Number) dsl.fetchValue("pragma " + name)).longValue();
    }
}
