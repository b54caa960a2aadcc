package io.factdesk.importing;

import java.util.List;

/**
 * What an import did or, with --dry-run or bad rows, would have done.
 *
 * @param problems          every bad row as "FILE:LINE: field: reason" (the first 50; see {@code moreProblems})
 * @param alreadyPresent    valid rows whose verdict is already in the log; they are not written again
 * @param alreadyImportedAs the batch id when this exact file was imported before, else null
 */
public record ImportReport(String file, int rowsRead, int written, int alreadyPresent, int rejected,
                           List<String> problems, int moreProblems, boolean dryRun, Long alreadyImportedAs) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return rejected == 0;
    }

    public String summary() {
        if (alreadyImportedAs != null) {
            return file + ": already imported as batch " + alreadyImportedAs + "; nothing written";
        }
        // With any row rejected nothing is written, so the good rows are counted as valid, not written.
        String goodRows = !ok() ? "valid" : dryRun ? "would be written" : "written";
        return String.format("%s: %d rows read, %d %s, %d already present, %d rejected%s", file, rowsRead, written,
                goodRows, alreadyPresent, rejected, dryRun ? " (dry run: nothing written)" : "");
    }
}
