package io.factdesk.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import io.factdesk.db.DatabaseLocation;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

import org.jline.reader.LineReader;

/**
 * Keeps the shell's command history in the user's data directory, one file per database:
 * {@code $XDG_DATA_HOME/factdesk/history-NAME-HASH} (by default under ~/.local/share), where NAME is
 * the database's file name and HASH the start of the SHA-256 of its absolute path. Commands typed
 * against one database (claim ids, seed names, reviewers) do not turn up in Ctrl-R on another, and
 * the history does not land in the folder factdesk happens to be started from. The folder and the
 * file are readable by their owner only. Ctrl-R searches it (JLine).
 */
final class ShellHistory {

    private static final int HASH_HEX = 12;

    private ShellHistory() {
    }

    /** The history file for this database. */
    static Path file(DatabaseLocation database) {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("factdesk").resolve(fileName(database));
    }

    /**
     * "history-factdesk.db-3f2a9c1d0b7e": the database's name (letters, digits, '.', '-', '_' kept) and a hash
     * of its path, or for a PostgreSQL database of its user, host, port and name (never its password).
     */
    static String fileName(DatabaseLocation database) {
        String identity = database.identity();
        String name = database.stem();
        String stem = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (stem.length() > 40) {
            stem = stem.substring(0, 40);
        }
        return "history-" + (stem.isEmpty() ? "" : stem + "-") + hash(identity);
    }

    private static String hash(String path) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Lines the history does not keep: any that may hold a password. A URL's user-info ({@code lan:pw@}, also in
     * the malformed {@code postgres:lan:pw@…} or {@code postgresql:/lan:pw@…}) is a ':' with no '/' before the next
     * '@'; a driver parameter is {@code password=} (or {@code sslpassword=}). JLine reads the variable as globs
     * separated by ':' (so a literal colon is escaped) and passes other characters to a regular expression, which
     * is what the one character class here relies on; ShellHistoryTest fails should that change.
     */
    static final String NOT_KEPT = "*\\:[^/]*@*:*password=*:*PASSWORD=*:*Password=*";

    static void useDataDirectory(LineReader reader, DatabaseLocation database) {
        Path file = file(database);
        reader.setVariable(LineReader.HISTORY_IGNORE, NOT_KEPT);
        try {
            createOwnerOnly(file);
            reader.setVariable(LineReader.HISTORY_FILE, file);
            reader.getHistory().load();
        } catch (IOException | UnsupportedOperationException e) {
            // Without a writable data directory the shell still works; history just is not kept.
            reader.getTerminal().writer().println("warning: history not kept: " + e.getMessage());
        }
    }

    /** The folder (0700) and an empty file (0600) where POSIX permissions exist; left as they are when already there. */
    static void createOwnerOnly(Path file) throws IOException {
        Path folder = file.getParent();
        boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (posix) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            if (posix) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(Set.of(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
            } else {
                Files.createFile(file);
            }
        }
    }

    /** JLine appends each line as it is entered; saving on the way out trims the file to its size limit. */
    static void save(LineReader reader) {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            reader.getTerminal().writer().println("warning: history not saved: " + e.getMessage());
        }
    }
}
