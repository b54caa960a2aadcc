package io.factdesk.importing;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.ExitCode;
import io.factdesk.support.FactdeskException;

/**
 * What the parsers accept and refuse: a record over the limit stops reading while it is read
 * (memory stays bounded whatever the input), a JSON field is one plain value given once, and a
 * CRLF inside a quoted CSV field is a line break.
 */
class ImportParsingTest {

    private static final String HEADER = "claim_id,rating,evidence_url,note,reviewer\n";

    @TempDir
    Path dir;
    TestWorkbench wb;
    long claim;
    long other;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        List<Long> pending = wb.twoPendingClaims();
        claim = pending.get(0);
        other = pending.get(1);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private ImportReport run(Path file, ImportFormat format) {
        return wb.importService.importFile(new ImportService.Request(file, file == null ? ImportService.STDIN
                : file.getFileName().toString(), format, false, false, null, false));
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private void assertNothingWritten() {
        assertThat(wb.verdicts.countEntries()).isZero();
        assertThat(wb.database.dsl().fetchCount(IMPORT_BATCH)).isZero();
    }

    /** The prefix, then 'x' without end; counts what was read. */
    private static class Endless extends InputStream {
        private final byte[] prefix;
        long read;

        Endless(String prefix) {
            this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return read < prefix.length ? prefix[(int) read++] : endless();
        }

        private int endless() {
            read++;
            return 'x';
        }
    }

    private void assertEndlessInputStopsEarly(String prefix, ImportFormat format, String message) {
        Endless endless = new Endless(prefix);
        InputStream saved = System.in;
        try {
            System.setIn(endless);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> run(null, format))
                    .isInstanceOfSatisfying(FactdeskException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.BAD_INPUT))
                    .hasMessage(message));
        } finally {
            System.setIn(saved);
        }
        assertThat(endless.read).as("bytes read before refusing").isLessThan(1 << 20);
        assertNothingWritten();
    }

    @Test
    void anEndlessQuotedCsvFieldIsRefusedWhileItIsRead() {
        assertEndlessInputStopsEarly(HEADER + claim + ",TRUE,https://a.org,fine,Lan\n" + claim + ",TRUE,,\"",
                ImportFormat.CSV, "<stdin>:3: row too long (over 262144 characters)");
    }

    @Test
    void anEndlessQuotedFieldOfLineBreaksIsOneRecordTooLong() {
        InputStream saved = System.in;
        Endless endless = new Endless(HEADER + claim + ",TRUE,,\"") {
            @Override
            public int read() {
                int c = super.read();
                return c == 'x' ? '\n' : c;
            }
        };
        try {
            System.setIn(endless);
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThatThrownBy(() -> run(null, ImportFormat.CSV))
                    .hasMessage("<stdin>:2: row too long (over 262144 characters)"));
        } finally {
            System.setIn(saved);
        }
        assertNothingWritten();
    }

    @Test
    void anEndlessJsonLineIsRefusedWhileItIsRead() {
        assertEndlessInputStopsEarly("{\"claim_id\": " + claim + "}\r\n{\"note\": \"", ImportFormat.JSONL,
                "<stdin>:2: row too long (over 262144 characters)");
    }

    @Test
    void anEndlessHeaderIsRefused() {
        assertEndlessInputStopsEarly("", ImportFormat.CSV, "<stdin>:1: row too long (over 262144 characters)");
    }

    @Test
    void aRowJustUnderTheLimitIsRead() throws Exception {
        String note = "y".repeat(9_000);
        String padding = " ".repeat(VerdictFileReader.MAX_ROW_CHARS - 9_000 - 200);
        Path f = file("wide.csv", HEADER + claim + ",TRUE,https://a.org" + padding + ",\"" + note + "\",Lan\n");
        assertThat(run(f, ImportFormat.CSV).written()).isEqualTo(1);
    }

    @Test
    void aNestedJsonValueIsAProblemWithItsField() throws Exception {
        Path f = file("n.jsonl", "{\"claim_id\": " + claim + ", \"rating\": \"TRUE\", \"evidence\": [\"https://a.org\"],"
                + " \"note\": {\"a\": 1}, \"reviewer\": \"Lan\"}\n"
                + "{\"claim_id\": " + other + ", \"rating\": \"TRUE\", \"evidence\": [\"https://a.org\", [\"https://b.org\"]],"
                + " \"note\": \"n\", \"reviewer\": [\"Lan\"]}\n");
        ImportReport report = run(f, ImportFormat.JSONL);
        assertThat(report.problems()).containsExactly(
                "n.jsonl:1: note: is an object; expected a single value",
                "n.jsonl:2: evidence: item 2 is an array; give each URL as a string",
                "n.jsonl:2: reviewer: is an array; expected a single value");
        assertNothingWritten();
    }

    @Test
    void aKeyGivenTwiceIsAProblemWithThatField() throws Exception {
        Path f = file("d.jsonl", "{\"claim_id\": " + claim + ", \"rating\": \"TRUE\", \"rating\": \"FALSE\","
                + " \"evidence\": [\"https://a.org\"], \"note\": \"n\", \"reviewer\": \"Lan\"}\n");
        ImportReport report = run(f, ImportFormat.JSONL);
        assertThat(report.problems()).containsExactly("d.jsonl:1: rating: given twice in one object");
        assertNothingWritten();
    }

    @Test
    void anUnclosedObjectIsNamedWithoutTheParsersOwnSourceNotes() throws Exception {
        Path f = file("u.jsonl", "{\"claim_id\": " + claim + ", \"rating\": \"TRUE\"\n");
        assertThat(run(f, ImportFormat.JSONL).problems()).containsExactly(
                "u.jsonl:1: row: is not valid JSON: Unexpected end-of-input: expected close marker for Object");
        assertNothingWritten();
    }

    @Test
    void trailingTextAfterTheObjectIsNotValidJson() throws Exception {
        Path f = file("t.jsonl", "{\"claim_id\": " + claim + ", \"rating\": \"UNVERIFIABLE\", \"reviewer\": \"Lan\"} {}\n");
        assertThat(run(f, ImportFormat.JSONL).problems()).singleElement().asString().startsWith("t.jsonl:1: row: is not valid JSON");
        assertNothingWritten();
    }

    @Test
    void crlfInAQuotedNoteIsALineBreakAndLaterLinesKeepTheirNumbers() throws Exception {
        String rows = "claim_id,rating,evidence_url,note,reviewer\r\n"
                + claim + ",TRUE,https://a.org,\"first\r\nsecond\r\nthird\",Lan\r\n"
                + other + ",MAYBE,https://a.org,x,Lan\r\n";
        ImportReport refused = run(file("crlf.csv", rows), ImportFormat.CSV);
        assertThat(refused.problems()).singleElement().asString().startsWith("crlf.csv:5: rating: unknown rating 'MAYBE'");
        assertNothingWritten();

        ImportReport report = run(file("ok.csv", rows.replace("MAYBE", "FALSE")), ImportFormat.CSV);
        assertThat(report.written()).isEqualTo(2);
        var written = wb.verdictService.history(new ClaimId(claim)).get(0);
        assertThat(written.note()).isEqualTo("first\nsecond\nthird");
        assertThat(wb.verdictService.history(new ClaimId(other)).get(0).batchRow()).isEqualTo(5);
    }

    @Test
    void notUtf8IsReportedAtTheLineOfTheBadBytesAfterCrlfLines() throws Exception {
        byte[] head = (HEADER.replace("\n", "\r\n") + claim + ",TRUE,https://a.org,\"a\r\nb\",Lan\r\n" + other
                + ",TRUE,https://a.org,caf").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 6);
        all[head.length] = (byte) 0xE9;
        System.arraycopy(",Lan\r\n".getBytes(StandardCharsets.UTF_8), 0, all, head.length + 1, 5);
        Path f = Files.write(dir.resolve("bytes.csv"), all);
        assertThatThrownBy(() -> run(f, ImportFormat.CSV)).hasMessage("bytes.csv:4: not valid UTF-8");
        assertNothingWritten();
    }
}
