package io.factdesk.importing;

import static io.factdesk.jooq.Tables.IMPORT_BATCH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.Claim;
import io.factdesk.claims.ClaimId;
import io.factdesk.claims.ClaimQuery;
import io.factdesk.claims.ClaimStatus;
import io.factdesk.claims.StatusFilter;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;
import io.factdesk.TestEngine;

@ParameterizedClass
@EnumSource(TestEngine.class)
class ImportServiceTest {

    @Parameter
    TestEngine engine;

    private static final String HEADER = "claim_id,rating,evidence_url,note,reviewer\n";

    @TempDir
    Path dir;
    TestWorkbench wb;
    long claim;
    long other;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(engine, dir);
        List<Long> pending = wb.twoPendingClaims();
        claim = pending.get(0);
        other = pending.get(1);
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private ImportReport run(Path file, boolean dryRun, String reviewer, boolean ignoreUnknown) {
        return wb.importService.importFile(new ImportService.Request(file, file.getFileName().toString(),
                ImportFormat.of(null, file.toString()), dryRun, ignoreUnknown,
                reviewer == null ? null : new ReviewerName(reviewer), false));
    }

    private ImportReport run(Path file) {
        return run(file, false, null, false);
    }

    private void assertNothingWritten() {
        assertThat(wb.verdicts.countEntries()).isZero();
        assertThat(wb.database.dsl().fetchCount(IMPORT_BATCH)).isZero();
        assertThat(wb.claims.count(ClaimQuery.of(StatusFilter.PENDING, null))).isEqualTo(2);
    }

    @Test
    void importedVerdictsTakeTheirClaimsOutOfTheQueueAndUndoPutsThemBack() throws IOException {
        run(file("v.csv", HEADER + claim + ",true,https://example.org/a,Checked,Lan\n"
                + claim + ",false,https://example.org/b,Disagree,Minh\n"));
        assertThat(wb.claims.find(new ClaimId(claim)).orElseThrow().status()).isEqualTo(ClaimStatus.REVIEWED);
        assertThat(wb.claims.find(new ClaimId(other)).orElseThrow().status()).isEqualTo(ClaimStatus.PENDING);
        wb.verdictService.undo(new ClaimId(claim), new ReviewerName("Lan"));
        assertThat(wb.claims.find(new ClaimId(claim)).orElseThrow().status()).isEqualTo(ClaimStatus.REVIEWED);
        wb.verdictService.undo(new ClaimId(claim), new ReviewerName("Minh"));
        assertThat(wb.claims.find(new ClaimId(claim)).orElseThrow().status()).isEqualTo(ClaimStatus.PENDING);
    }

    private void assertRefused(Path file, String problem) {
        ImportReport report = run(file);
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains(problem));
        assertNothingWritten();
    }

    private void assertFileRefused(Path file, String message) {
        assertThatThrownBy(() -> run(file)).isInstanceOf(FactdeskException.class).hasMessageContaining(message);
        assertNothingWritten();
    }

    @Test
    void spreadsheetStyleCsvIsWrittenOnceWithItsBatchAndRow() throws Exception {
        Path f = file("ok.csv", "\uFEFFRating,Claim_ID,evidence_url,note,reviewer,evidence_url\r\n"
                + "mostly-true," + claim + ",https://a.org https://b.org,\"a note, with \"\"quotes\"\"\nand a newline\",Lan,https://c.org\r\n");
        ImportReport report = run(f);
        assertThat(report.written()).isEqualTo(1);
        VerdictEntry v = wb.verdictService.history(new ClaimId(claim)).get(0);
        assertThat(v.evidence()).containsExactly("https://a.org", "https://b.org", "https://c.org");
        assertThat(v.note()).isEqualTo("a note, with \"quotes\"\nand a newline");
        assertThat(v.batchFile()).isEqualTo("ok.csv");
        assertThat(v.batchRow()).isEqualTo(2);

        ImportReport again = run(f);
        assertThat(again.alreadyImportedAs()).isNotNull();
        assertThat(again.summary()).contains("already imported as batch");
        assertThat(wb.verdicts.countEntries()).isEqualTo(1);
    }

    @Test
    void rowsAlreadyInTheLogAreCountedAndSkipped() throws Exception {
        run(file("first.csv", HEADER + claim + ",TRUE,https://a.org,fine,Lan\n"));
        ImportReport second = run(file("second.csv", HEADER + claim + ",TRUE,https://a.org,fine,Lan\n"
                + other + ",FALSE,https://b.org,wrong,Lan\n"));
        assertThat(second.rowsRead()).isEqualTo(2);
        assertThat(second.written()).isEqualTo(1);
        assertThat(second.alreadyPresent()).isEqualTo(1);
        assertThat(wb.verdicts.countEntries()).isEqualTo(2);
    }

    /**
     * The rows being written hold the connection (PostgreSQL's COPY) while the next rows are checked: a row that
     * needs the log (one already there) or a claim's fingerprint in the middle of them is answered all the same,
     * and every verdict keeps its own evidence.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void rowsThatNeedTheDatabaseBetweenRowsBeingWrittenAreAnsweredAndEveryRowKeepsItsEvidence() throws Exception {
        run(file("first.csv", HEADER + claim + ",TRUE,https://a.org,fine,Lan\n"));
        String fingerprint = wb.claims.find(new ClaimId(other)).orElseThrow().fingerprint();
        ImportReport second = run(file("second.csv", "claim_id,fingerprint,rating,evidence_url,note,reviewer\n"
                + claim + ",,FALSE,https://b.org,new,Minh\n"
                + claim + ",,TRUE,https://a.org,fine,Lan\n"
                + other + "," + fingerprint + ",HALF_TRUE,https://c.org https://d.org,by both,Lan\n"
                + other + ",,UNVERIFIABLE,,no evidence,Minh\n"
                + claim + ",,MOSTLY_FALSE,https://e.org,last,Hà\n"));
        assertThat(second.problems()).isEmpty();
        assertThat(second.written()).isEqualTo(4);
        assertThat(second.alreadyPresent()).isEqualTo(1);
        assertThat(wb.verdictService.history(new ClaimId(claim))).extracting(VerdictEntry::note, VerdictEntry::evidence)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("fine", List.of("https://a.org")),
                        org.assertj.core.groups.Tuple.tuple("new", List.of("https://b.org")),
                        org.assertj.core.groups.Tuple.tuple("last", List.of("https://e.org")));
        assertThat(wb.verdictService.history(new ClaimId(other))).extracting(VerdictEntry::note, VerdictEntry::evidence)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("by both", List.of("https://c.org", "https://d.org")),
                        org.assertj.core.groups.Tuple.tuple("no evidence", List.of()));
    }

    /** A file that fails, or is stopped, after some of its rows were sent keeps none of them and leaves the database usable. */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void rowsAlreadySentAreNotKeptWhenTheFileFailsOrIsStoppedLater() throws Exception {
        Path f = dir.resolve("late.csv");
        byte[] head = (HEADER + claim + ",TRUE,https://a.org,one,Lan\n" + other + ",TRUE,https://a.org,two,Lan\n"
                + claim + ",FALSE,https://b.org,caf").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 5);
        all[head.length] = (byte) 0xE9;
        System.arraycopy(",Lan\n".getBytes(StandardCharsets.UTF_8), 0, all, head.length + 1, 4);
        Files.write(f, all);
        assertFileRefused(f, "late.csv:4: not valid UTF-8");

        io.factdesk.support.StopRequest stopAtThirdRow = new io.factdesk.support.StopRequest() {
            private int rows;

            @Override
            public void check(String what) {
                if (++rows == 3) {
                    request();
                }
                super.check(what);
            }
        };
        ImportService stoppable = new ImportService(wb.claims, wb.verdicts, new ImportBatchRepository(wb.database),
                new ImportedVerdictRepository(wb.database), new io.factdesk.db.Transactions(wb.database),
                io.factdesk.support.Clock.system(), wb.roster, stopAtThirdRow);
        Path three = file("three.csv", HEADER + claim + ",TRUE,https://a.org,one,Lan\n" + other + ",UNVERIFIABLE,,two,Lan\n"
                + claim + ",FALSE,https://b.org,three,Minh\n");
        assertThatThrownBy(() -> stoppable.importFile(new ImportService.Request(three, "three.csv", ImportFormat.CSV, false,
                false, null, false))).isInstanceOf(FactdeskException.class).hasMessage("import stopped (Ctrl-C); nothing of it was kept");
        assertNothingWritten();

        assertThat(run(three).written()).as("the next import on the same connection").isEqualTo(3);
    }

    @Test
    void jsonLinesByFingerprintWithDecisionTimes() throws Exception {
        String fingerprint = wb.claims.find(new ClaimId(claim)).orElseThrow().fingerprint();
        Path f = file("v.jsonl", "{\"fingerprint\":\"" + fingerprint + "\",\"rating\":\"HALF_TRUE\","
                + "\"evidence\":[\"https://a.org\",\"https://b.org\"],\"note\":\"n\",\"reviewer\":\"Lan\","
                + "\"reviewed_at\":\"2025-02-05T07:56:00+07:00\"}\n\n"
                + "{\"claim_id\":" + other + ",\"rating\":\"unverifiable\",\"note\":\"\",\"reviewer\":\"Bob\"}\n");
        ImportReport report = run(f);
        assertThat(report.written()).isEqualTo(2);
        VerdictEntry v = wb.verdictService.history(new ClaimId(claim)).get(0);
        assertThat(v.reviewedAt()).isEqualTo("2025-02-05T00:56:00Z");
        assertThat(v.evidence()).containsExactly("https://a.org", "https://b.org");
        assertThat(v.batchRow()).isEqualTo(1);
        assertThat(wb.verdictService.history(new ClaimId(other)).get(0).batchRow()).isEqualTo(3);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndField() throws Exception {
        Path f = file("bad.csv", HEADER
                + claim + ",TRUE,https://a.org,fine,Lan\n"
                + "999,MAYBE,javascript:alert(1),x,Lan\n"
                + claim + ",FALSE,,no evidence,\n");
        ImportReport report = run(f);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.summary()).as("the good row is valid, not written")
                .isEqualTo("bad.csv: 3 rows read, 1 valid, 0 already present, 2 rejected");
        assertThat(report.problems()).containsExactly(
                "bad.csv:3: claim_id: claim 999 not found",
                "bad.csv:3: rating: unknown rating 'MAYBE'; one of TRUE, MOSTLY_TRUE, HALF_TRUE, MOSTLY_FALSE, FALSE, UNVERIFIABLE, NOT_CHECKWORTHY",
                "bad.csv:3: evidence_url: evidence URL 'javascript:alert(1)': scheme 'javascript' is not allowed; only http and https",
                "bad.csv:4: reviewer: empty, and no --reviewer given");
        assertNothingWritten();
    }

    @Test
    void dryRunValidatesAndCountsWithoutWriting() throws Exception {
        Path f = file("dry.csv", "claim_id,rating,evidence_url,note\n" + claim + ",UNVERIFIABLE,,nothing found\n");
        ImportReport report = run(f, true, "Lan", false);
        assertThat(report.ok()).isTrue();
        assertThat(report.written()).as("would be written").isEqualTo(1);
        assertThat(report.summary()).contains("1 would be written", "dry run");
        assertNothingWritten();
    }

    @Test
    void missingHeader() throws Exception {
        assertFileRefused(file("empty.csv", ""), "empty.csv:1: missing header");
    }

    @Test
    void missingColumn() throws Exception {
        assertFileRefused(file("m.csv", "claim_id,rating,note\n1,TRUE,x\n"), "m.csv:1: missing column evidence_url");
    }

    @Test
    void unknownColumnUnlessIgnored() throws Exception {
        Path f = file("u.csv", "claim_id,rating,evidence_url,note,reviewer,Source Sheet\n" + claim + ",UNVERIFIABLE,,x,Lan,tab 3\n");
        assertFileRefused(f, "u.csv:1: unknown column(s) Source Sheet");
        assertThat(run(f, false, null, true).written()).isEqualTo(1);
    }

    @Test
    void unknownRating() throws Exception {
        assertRefused(file("r.csv", HEADER + claim + ",PANTS_ON_FIRE,https://a.org,x,Lan\n"), "r.csv:2: rating: unknown rating 'PANTS_ON_FIRE'");
    }

    @Test
    void emptyRating() throws Exception {
        assertRefused(file("e.csv", HEADER + claim + ",,https://a.org,x,Lan\n"), "e.csv:2: rating: rating is required");
    }

    @Test
    void badUrlSchemes() throws Exception {
        assertRefused(file("s.csv", HEADER + claim + ",TRUE,file:///etc/passwd,x,Lan\n"), "s.csv:2: evidence_url: evidence URL 'file:///etc/passwd': scheme 'file'");
        assertRefused(file("s2.csv", HEADER + claim + ",TRUE,ftp://a.org/x,x,Lan\n"), "scheme 'ftp' is not allowed");
    }

    @Test
    void unknownClaim() throws Exception {
        assertRefused(file("c.csv", HEADER + "424242,TRUE,https://a.org,x,Lan\n"), "c.csv:2: claim_id: claim 424242 not found");
        assertRefused(file("f.csv", "fingerprint,rating,evidence_url,note,reviewer\nabc,TRUE,https://a.org,x,Lan\n"),
                "f.csv:2: claim_id: no claim has fingerprint abc");
    }

    @Test
    void unterminatedQuote() throws Exception {
        assertFileRefused(file("q.csv", HEADER + claim + ",TRUE,https://a.org,\"open,Lan\n"), "q.csv:2: malformed CSV");
    }

    @Test
    void invalidUtf8() throws Exception {
        Path f = dir.resolve("bytes.csv");
        byte[] head = (HEADER + claim + ",TRUE,https://a.org,caf").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + 5);
        all[head.length] = (byte) 0xE9;
        System.arraycopy(",Lan\n".getBytes(StandardCharsets.UTF_8), 0, all, head.length + 1, 4);
        Files.write(f, all);
        assertFileRefused(f, "bytes.csv:2: not valid UTF-8");
    }

    @Test
    void rowTooLong() throws Exception {
        assertFileRefused(file("long.csv", HEADER + claim + ",UNVERIFIABLE,,\"" + "x".repeat(300_000) + "\",Lan\n"),
                "long.csv:2: row too long (over 262144 characters)");
    }

    @Test
    void wrongColumnCount() throws Exception {
        assertRefused(file("cols.csv", HEADER + claim + ",TRUE,https://a.org\n"), "cols.csv:2: row: has 3 columns; the header has 5");
    }

    @Test
    void duplicateRowsInOneFile() throws Exception {
        assertRefused(file("dup.csv", HEADER + claim + ",TRUE,https://a.org,same,Lan\n" + other + ",TRUE,https://a.org,x,Lan\n"
                + claim + ",TRUE,https://a.org,same,Lan\n"), "dup.csv:4: row: the same verdict as line 2");
    }

    @Test
    void badDecisionTime() throws Exception {
        assertRefused(file("t.csv", "claim_id,rating,evidence_url,note,reviewer,reviewed_at\n" + claim
                + ",UNVERIFIABLE,,x,Lan,yesterday\n"), "t.csv:2: reviewed_at: 'yesterday' is not an ISO-8601 date or time");
    }

    @Test
    void malformedJsonLines() throws Exception {
        Path f = file("bad.jsonl", "{\"claim_id\": " + claim + ", \"rating\": \"TRUE\", \"evidence\": [\"https://a.org\"], \"reviewer\": \"Lan\"}\n"
                + "{not json\n[1,2]\n{\"claim_id\": " + other + ", \"rating\": \"UNVERIFIABLE\", \"reviewer\": \"Lan\", \"colour\": \"red\"}\n");
        ImportReport report = run(f);
        assertThat(report.problems()).hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("bad.jsonl:2: row: is not valid JSON"))
                .anySatisfy(p -> assertThat(p).startsWith("bad.jsonl:3: row: is not a JSON object"))
                .anySatisfy(p -> assertThat(p).startsWith("bad.jsonl:4: row: unknown field(s) colour"));
        assertNothingWritten();
    }

    @Test
    void sqlInEveryTextFieldIsStoredAsData() throws Exception {
        String drop = "'; DROP TABLE verdict; --";
        Path f = file("sql.csv", HEADER + claim + ",UNVERIFIABLE,,\"" + drop + "\",\"" + drop + "\"\n");
        assertThat(run(f).written()).isEqualTo(1);
        VerdictEntry v = wb.verdictService.history(new ClaimId(claim)).get(0);
        assertThat(v.note()).isEqualTo(drop);
        assertThat(v.reviewer()).isEqualTo(drop);
    }
}
