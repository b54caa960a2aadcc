package io.factdesk.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.factdesk.TestWorkbench;
import io.factdesk.claims.ClaimId;
import io.factdesk.verdicts.Rating;
import io.factdesk.verdicts.VerdictEntry;

/**
 * Imports a CSV written by a real spreadsheet program: LibreOffice Calc saved
 * src/test/resources/spreadsheet/verdicts.fods as verdicts-libreoffice.csv
 * (scripts/make-spreadsheet-fixture). Claims are referenced by fingerprint, so the file
 * works on any database built from the project's seeds.
 */
class SpreadsheetImportTest {

    @TempDir
    Path dir;

    @Test
    void libreOfficeCsvImportsCleanly() throws Exception {
        try (TestWorkbench wb = new TestWorkbench(dir)) {
            Files.createDirectories(wb.seedFolder);
            for (Path p : Files.list(Path.of("seeds")).toList()) {
                Files.copy(p, wb.seedFolder.resolve(p.getFileName()));
            }
            wb.ingest.ingest(wb.seedFolder);
            Path csv = Path.of("src/test/resources/spreadsheet/verdicts-libreoffice.csv");

            ImportReport report = wb.importService.importFile(new ImportService.Request(csv, csv.toString(),
                    ImportFormat.CSV, false, false, null, false));

            assertThat(report.problems()).isEmpty();
            assertThat(report.written()).isEqualTo(3);
            var byFingerprint = wb.claims.idsByFingerprint();
            VerdictEntry startups = wb.verdictService.history(new ClaimId(byFingerprint.get("5e70edbec9efbdea"))).get(0);
            assertThat(startups.rating()).isEqualTo(Rating.HALF_TRUE);
            assertThat(startups.note()).isEqualTo("Depends on the horizon; \"5%\" is the low end, per two surveys.");
            assertThat(startups.reviewer()).isEqualTo("Nguyễn Thị Lan");
            assertThat(startups.evidence()).hasSize(2);
            assertThat(startups.reviewedAt()).isEqualTo("2025-02-10T09:30:00Z");
            VerdictEntry budget = wb.verdictService.history(new ClaimId(byFingerprint.get("05afaa9edaa14a2a"))).get(0);
            assertThat(budget.note()).isEqualTo("Section III of the resolution.\nChecked against the official text.");
        }
    }
}
