package io.factdesk.reporting;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;


/**
 * One row per claim with each reviewer's latest verdict, written by Apache Commons CSV.
 * Safe to open in a spreadsheet: a cell that starts with =, +, -, @, tab or carriage
 * return gets a leading apostrophe (OWASP, CSV injection), so it stays text.
 */
public final class CsvReportRenderer implements ReportRenderer {

    static final List<String> HEADER = List.of("claim_id", "fingerprint", "seed", "seed_title", "source_url", "published_on",
            "claim", "claimant", "verdict", "rating_value", "disputed", "verdicts_by_reviewer", "evidence", "notes",
            "latest_reviewed_at", "status", "signed_off", "signed_off_by", "signed_off_at", "last_corrected_at");

    @Override
    public void render(Report report, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            csv.printRecord(HEADER);
            for (Report.Entry c : report.claims()) {
                csv.printRecord(java.util.Arrays.asList(Long.toString(c.id()), c.fingerprint(), c.seed(), c.seedTitle(), c.sourceUrl(),
                        c.publishedOn(), c.text(), c.claimant(), c.verdict(),
                        c.ratingValue() == null ? "" : c.ratingValue().toString(), Boolean.toString(c.disputed()),
                        c.verdicts().stream().map(v -> v.reviewer() + ": " + v.rating()
                                + (v.appliedFrom() == null ? "" : " (" + ReportText.appliedFrom(v) + ")"))
                                .collect(Collectors.joining("; ")),
                        c.verdicts().stream().flatMap(v -> v.evidence().stream()).distinct().collect(Collectors.joining(" ")),
                        c.verdicts().stream().filter(v -> v.note() != null && !v.note().isEmpty())
                                .map(v -> v.reviewer() + ": " + v.note()).collect(Collectors.joining("\n")),
                        c.reviewedAt(), c.status(), c.publication() == null ? "" : c.publication().how(),
                        c.publication() == null ? "" : c.publication().by(), c.publication() == null ? "" : c.publication().at(),
                        c.publication() == null || c.publication().corrections().isEmpty() ? "" : c.publication().modifiedAt())
                        .stream().map(CsvReportRenderer::neutralise).toList());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OWASP's advice for CSV injection: prefix a cell that a spreadsheet would read as a formula. */
    static String neutralise(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String cell = ReportText.clean(raw);
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

}
