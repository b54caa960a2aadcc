package io.factdesk.importing;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/**
 * The input is opened and read once: standard input, a FIFO and a file are imported alike, the
 * recorded hash is that of the bytes imported, and a file that cannot be read is one message
 * (its name escaped for the terminal) with nothing written.
 */
class ImportInputTest {

    @TempDir
    Path dir;
    TestWorkbench wb;
    String rows;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        List<Long> pending = wb.twoPendingClaims();
        rows = "claim_id,rating,evidence_url,note,reviewer\n" + pending.get(0) + ",TRUE,https://a.org,fine,Lan\n"
                + pending.get(1) + ",FALSE,https://b.org,wrong,Lan\n";
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private ImportReport run(Path file, String name) {
        return wb.importService.importFile(new ImportService.Request(file, name, ImportFormat.CSV, false, false, null, false));
    }

    private String recordedHash() {
        return wb.database.dsl().select(IMPORT_BATCH.CONTENT_HASH).from(IMPORT_BATCH).fetchSingle(IMPORT_BATCH.CONTENT_HASH);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private void assertNothingWritten() {
        assertThat(wb.verdicts.countEntries()).isZero();
        assertThat(wb.database.dsl().fetchCount(IMPORT_BATCH)).isZero();
    }

    @Test
    void standardInputIsReadOnceAndItsBytesAreTheBatchHash() throws Exception {
        byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(bytes));
            ImportReport report = run(null, ImportService.STDIN);
            assertThat(report.summary()).isEqualTo("<stdin>: 2 rows read, 2 written, 0 already present, 0 rejected");
            assertThat(recordedHash()).isEqualTo(sha256(bytes));
            System.setIn(new ByteArrayInputStream(bytes));
            assertThat(run(null, ImportService.STDIN).alreadyImportedAs()).isNotNull();
        } finally {
            System.setIn(saved);
        }
        assertThat(wb.verdicts.countEntries()).isEqualTo(2);
        assertThat(wb.database.dsl().fetchCount(IMPORT_BATCH)).isEqualTo(1);
    }

    @Test
    void aFifoIsImportedAndHashedFromTheSameRead() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.setDaemon(true);
        writer.start();
        ImportReport report = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(fifo, "pipe.csv"),
                "a second open of the FIFO waits for a writer that never comes");
        assertThat(report.written()).isEqualTo(2);
        assertThat(recordedHash()).isEqualTo(sha256(bytes));
    }

    @Test
    void theHashOfAFileIsThatOfItsBytes() throws Exception {
        Path file = dir.resolve("v.csv");
        Files.writeString(file, rows);
        run(file, "v.csv");
        assertThat(recordedHash()).isEqualTo(sha256(Files.readAllBytes(file)));
    }

    @Test
    void aDirectoryIsRefusedWithExitTwo() throws Exception {
        Files.createDirectory(dir.resolve("folder.csv"));
        assertThatThrownBy(() -> run(dir.resolve("folder.csv"), "folder.csv"))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                .hasMessage("import file folder.csv is a directory, not a file");
        assertNothingWritten();
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThatThrownBy(() -> run(dir.resolve("gone.csv"), "gone.csv"))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.NOT_FOUND))
                .hasMessage("import file gone.csv not found");
        assertNothingWritten();
    }

    @Test
    void aFileThatCannotBeOpenedIsOneLineAndExitOne() throws Exception {
        Files.writeString(dir.resolve("plain.csv"), rows);
        assertThatThrownBy(() -> run(dir.resolve("plain.csv/inner.csv"), "plain.csv/inner.csv"))
                .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
                .hasMessageStartingWith("cannot read import file plain.csv/inner.csv: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        Path locked = dir.resolve("locked.csv");
        Files.writeString(locked, rows);
        if (locked.toFile().setReadable(false, false) && !Files.isReadable(locked)) {   // root reads anything
            assertThatThrownBy(() -> run(locked, "locked.csv"))
                    .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.FAILURE))
                    .hasMessage("cannot read import file locked.csv: permission denied");
        }
        assertNothingWritten();
    }

    @Test
    void aFileNameWithAnEscapeSequenceIsShownEscapedInEveryMessage() throws Exception {
        String name = "\u001b]0;pwned\u0007.csv";
        String shown = "\\e]0;pwned\\x07.csv";
        Path bad = dir.resolve(name);
        Files.writeString(bad, rows.replace("FALSE", "MAYBE"));
        ImportReport refused = run(bad, name);
        assertThat(refused.problems()).singleElement().asString().startsWith(shown + ":3: rating: unknown rating");
        assertThat(refused.summary()).startsWith(shown + ": 2 rows read").doesNotContain("\u001b");
        assertNothingWritten();
        assertThatThrownBy(() -> run(dir.resolve("x" + name), "x" + name)).hasMessage("import file x" + shown + " not found");
        Files.writeString(bad, rows.replace("FALSE", "\"MAYBE"));
        assertThatThrownBy(() -> run(bad, name)).hasMessageStartingWith(shown + ":3: malformed CSV");
        assertNothingWritten();
        Files.writeString(bad, rows);
        assertThat(run(bad, name).summary()).isEqualTo(shown + ": 2 rows read, 2 written, 0 already present, 0 rejected");
    }
}
