package io.factdesk.importing;

import java.util.List;

/**
 * What an import did or, with --dry-run or bad rows, would have done.
 *
 * @param problems  every bad row as "FILE:LINE: field: reason" (capped; see {@code moreProblems})
 * @param alreadyImportedAs the batch id when this exact file was imported before, else null
 */
public record ImportReport(String file, int rowsRead, int written, int rejected, List<String> problems,
                           int moreProblems, boolean dryRun, Integer alreadyImportedAs) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return rejected == 0;
    }
}
