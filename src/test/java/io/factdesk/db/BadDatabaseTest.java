package io.factdesk.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import io.factdesk.FactdeskApplicationAccess;
import io.factdesk.support.ErrorReporter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;
import io.factdesk.support.Failure;

/**
 * Each kind of database that cannot be used gives one line and its exit code, both from {@link Database#open}
 * and as main reports it when the failure comes wrapped in Spring's bean-creation exceptions.
 */
class BadDatabaseTest {

    @TempDir
    Path dir;

    /** What the user sees when starting on {@code file}: the exception, and main's report of it inside Spring's. */
    private FactdeskException refusal(Path file, ExitCode expected) {
        FactdeskException e = catchThrowableOfType(FactdeskException.class, () -> Database.open(DatabaseLocation.parse(String.valueOf(file))));
        assertThat(e).as("Database.open(DatabaseLocation.parse(String.valueOf(%s)))", file).isNotNull();
        assertThat(e.exitCode()).isEqualTo(expected);
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
        // At start-up the same failure arrives inside Spring's bean-creation exceptions.
        Throwable wrapped = new UnsatisfiedDependencyException("x.class", "factdeskRunner", "startupIngest",
                new BeanCreationException("database", "Failed to instantiate [io.factdesk.db.Database]", e));
        Failure failure = ErrorReporter.describe(wrapped);
        assertThat(failure.exitCode()).isEqualTo(expected);
        assertThat(failure.message()).isEqualTo(e.getMessage());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = FactdeskApplicationAccess.reportStartFailure(wrapped, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(expected.code());
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("error: " + e.getMessage() + System.lineSeparator());
        return e;
    }

    private Path realDatabase(String name) {
        Path file = dir.resolve(name);
        Database.open(DatabaseLocation.parse(String.valueOf(file))).close();
        return file;
    }

    @Test
    void aFileThatIsNotADatabase() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n".repeat(200));
        assertThat(refusal(file, ExitCode.FAILURE)).hasMessageContaining("is not an SQLite database");
        assertThat(Files.readString(file)).startsWith("these are my notes");
    }

    @Test
    void aCorruptDatabaseIsRefusedAndDbCheckDescribesIt() throws Exception {
        Path file = corrupt(realDatabase("corrupt.db"));
        assertThat(refusal(file, ExitCode.FAILURE)).hasMessageContaining("is damaged")
                .hasMessageContaining("'db check'");
        assertThat(Database.check(DatabaseLocation.parse(String.valueOf(file)))).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("\n"));
    }

    @Test
    void dbCheckOnASoundFileFindsNothing() {
        assertThat(Database.check(DatabaseLocation.parse(String.valueOf(realDatabase("sound.db"))))).isEmpty();
    }

    @Test
    void aFolderWhereTheFileShouldBe() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("factdesk.db"));
        assertThat(refusal(folder, ExitCode.BAD_INPUT)).hasMessageContaining("is a folder");
    }

    @Test
    void aParentFolderThatCannotBeCreated() throws Exception {
        Path inTheWay = Files.writeString(dir.resolve("file"), "x");
        assertThat(refusal(inTheWay.resolve("sub/factdesk.db"), ExitCode.FAILURE))
                .hasMessage("cannot create the database folder " + inTheWay.resolve("sub") + ": a file is in the way");
    }

    @Test
    void readOnlyAndUnopenableFilesAreOneLineToo() {
        // Root ignores permissions, so SQLite's own result codes stand in for a read-only folder here
        // (scripts/adversarial/50-robust.sh makes a real one).
        Path file = dir.resolve("f.db");
        assertThat(new SqliteEngine(file).cannotOpen(new SQLiteException("[SQLITE_READONLY_DIRECTORY] x",
                SQLiteErrorCode.SQLITE_READONLY_DIRECTORY)))
                .hasMessage("the database " + file + " is read-only: factdesk needs to write the file and its folder")
                .satisfies(e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE));
        assertThat(new SqliteEngine(file).cannotOpen(new SQLiteException("[SQLITE_CANTOPEN] x", SQLiteErrorCode.SQLITE_CANTOPEN)))
                .hasMessage("cannot open the database " + file + ": the file or its folder cannot be read or written");
    }

    @Test
    void aDatabaseFromANewerVersionExitsThreeWithItsMessageAlone() throws Exception {
        Path file = realDatabase("newer.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) values (99, '99', 'future', 'SQL',"
                    + " 'V99__future.sql', 0, 'someone', 0, 1)");
        }
        assertThat(refusal(file, ExitCode.NOT_FOUND)).hasMessage("the database " + file
                + " was written by a newer version of factdesk; upgrade factdesk to use it");
    }

    @Test
    void controlCharactersInThePathAreShownAsEscapes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("evil\u001b]0;x\u0007.db"));
        assertThat(refusal(folder, ExitCode.BAD_INPUT).getMessage()).doesNotContain("\u001b").contains("evil\\e]0;x\\x07.db");
    }

    /** Garbage over every page after the first 100 bytes (SQLite's file header), as a failing disk might leave it. */
    static Path corrupt(Path file) throws Exception {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] garbage = new byte[(int) raf.length() - 100];
            Arrays.fill(garbage, (byte) 0x5A);
            raf.seek(100);
            raf.write(garbage);
        }
        return file;
    }
}
