package io.factdesk.reporting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.factdesk.team.Publishing;

/**
 * How the HTML and Markdown reports read: their title, and times in the newsroom's zone in a form people
 * read ("29 Nov 2026, 14:05 ICT"). JSON and ClaimReview keep ISO-8601 in UTC.
 */
public record ReportLook(String title, ZoneId zone) {

    public static final String DEFAULT_TITLE = "Verification report";

    /** The default title, times in UTC: what tests and golden files use. */
    public static final ReportLook UTC = new ReportLook(DEFAULT_TITLE, ZoneId.of("UTC"));

    public static ReportLook of(Publishing p) {
        return new ReportLook(p.reportTitle() == null ? DEFAULT_TITLE : p.reportTitle(),
                p.timeZone() == null ? ZoneId.systemDefault() : ZoneId.of(p.timeZone()));
    }

    /** An ISO-8601 instant as people read it in the newsroom's zone; null stays null. */
    public String time(String isoInstant) {
        return isoInstant == null ? null : time(Instant.parse(isoInstant));
    }

    public String time(Instant at) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz", Locale.ENGLISH).withZone(zone).format(at);
    }
}
