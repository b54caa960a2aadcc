package io.factdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.support.FactdeskException;
import io.factdesk.verdicts.ReviewerName;
import io.factdesk.verdicts.VerdictEntry;

class ImportServiceTest {

    @TempDir
    Path dir;
    TestWorkbench wb;
    long claim;

    @BeforeEach
    void setUp() {
        wb = new TestWorkbench(dir);
        wb.writeSeed("a.txt", "Title line\nExports rose 12% in 2024. Imports fell by 3% last year.\n");
        wb.ingest.ingest(wb.seedFolder);
        claim = wb.claims.nextPending(List.of()).orElseThrow().id();
    }

    @AfterEach
    void tearDown() {
        wb.close();
    }

    private Path csv(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void writesAValidFileOnceWithItsBatchAndRow() throws Exception {
        Path file = csv("ok.csv", "\uFEFFRating,claim_id,evidence_url,note,reviewer\r\n"
                + "mostly-true," + claim + ",\"https://a.org https://b.org\",\"a note, with \"\"quotes\"\"\nand a newline\",Lan\r\n");
        ImportReport report = wb.importService.importFile(file, false, null);
        assertThat(report.written()).isEqualTo(1);
        VerdictEntry v = wb.verdictService.history(new ClaimId(claim)).get(0);
        assertThat(v.evidence()).containsExactly("https://a.org", "https://b.org");
        assertThat(v.note()).isEqualTo("a note, with \"quotes\"\nand a newline");
        assertThat(v.batchFile()).isEqualTo("ok.csv");
        assertThat(v.batchRow()).isEqualTo(2);

        ImportReport again = wb.importService.importFile(file, false, null);
        assertThat(again.alreadyImportedAs()).isNotNull();
        assertThat(wb.verdicts.countEntries()).isEqualTo(1);
    }

    @Test
    void oneBadRowMeansNothingIsWrittenAndEveryProblemIsReported() throws Exception {
        Path file = csv("bad.csv", "claim_id,rating,evidence_url,note,reviewer\n"
                + claim + ",TRUE,https://a.org,fine,Lan\n"
                + "999,MAYBE,javascript:alert(1),x,Lan\n"
                + claim + ",FALSE,,no evidence,\n");
        ImportReport report = wb.importService.importFile(file, false, null);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.problems()).containsExactly(
                file + ":3: claim_id: claim 999 not found",
                file + ":3: rating: unknown rating 'MAYBE'; one of TRUE, MOSTLY_TRUE, HALF_TRUE, MOSTLY_FALSE, FALSE, UNVERIFIABLE, NOT_CHECKWORTHY",
                file + ":3: evidence_url: evidence URL 'javascript:alert(1)': scheme 'javascript' is not allowed; only http and https",
                file + ":4: reviewer: empty, and no --reviewer given");
        assertThat(wb.verdicts.countEntries()).isZero();
    }

    @Test
    void dryRunValidatesWithoutWriting() throws Exception {
        Path file = csv("dry.csv", "claim_id,rating,evidence_url,note\n" + claim + ",UNVERIFIABLE,,nothing found\n");
        ImportReport report = wb.importService.importFile(file, true, new ReviewerName("Lan"));
        assertThat(report.ok()).isTrue();
        assertThat(report.rowsRead()).isEqualTo(1);
        assertThat(wb.verdicts.countEntries()).isZero();
    }

    @Test
    void malformedFilesAreRefusedWithTheirLine() throws Exception {
        assertThatThrownBy(() -> wb.importService.importFile(csv("q.csv",
                "claim_id,rating,evidence_url,note,reviewer\n" + claim + ",TRUE,https://a.org,\"open,Lan\n"), false, null))
                .isInstanceOf(FactdeskException.class).hasMessageContaining("q.csv:2: malformed CSV");
        assertThatThrownBy(() -> wb.importService.importFile(csv("h.csv", "claim_id,rating,extra\n"), false, null))
                .hasMessageContaining("h.csv:1: unknown column(s) extra");
        assertThatThrownBy(() -> wb.importService.importFile(csv("m.csv", "claim_id,rating,note\n1,TRUE,x\n"), false, null))
                .hasMessageContaining("m.csv:1: missing column evidence_url");
        Files.write(dir.resolve("u.csv"), new byte[] {'c', 'l', 'a', 'i', 'm', '_', 'i', 'd', (byte) 0xff, '\n'});
        assertThatThrownBy(() -> wb.importService.importFile(dir.resolve("u.csv"), false, null))
                .isInstanceOf(FactdeskException.class);
        assertThat(wb.verdicts.countEntries()).isZero();
    }
}
