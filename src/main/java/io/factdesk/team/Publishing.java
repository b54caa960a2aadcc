package io.factdesk.team;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;

import io.factdesk.support.FactdeskException;
import io.factdesk.support.TerminalText;
import io.factdesk.verdicts.EvidenceUrl;

/**
 * Who publishes the desk's checks and how its reports read, kept in the database so the whole team
 * shares them; null where not set. The ClaimReview export needs the first three and uses no placeholder.
 *
 * @param reviewBaseUrl each claim's review URL is this plus "claim-ID"
 * @param timeZone      an IANA zone (Asia/Ho_Chi_Minh) for the times in the HTML and Markdown reports
 */
public record Publishing(String publisherName, String publisherUrl, String reviewBaseUrl, String reportTitle,
                         String timeZone) {

    public static final Publishing NONE = new Publishing(null, null, null, null, null);
    static final int MAX_TEXT = 200;

    public Publishing {
        publisherName = text("publisher-name", publisherName);
        publisherUrl = url("publisher-url", publisherUrl);
        reviewBaseUrl = base(url("review-base-url", reviewBaseUrl));
        reportTitle = text("report-title", reportTitle);
        timeZone = zone(timeZone);
    }

    /** A name or title: NFC, trimmed, no control characters; empty means not set. */
    static String text(String setting, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (v.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw FactdeskException.badInput(setting + " contains control or invisible characters");
        }
        if (v.codePointCount(0, v.length()) > MAX_TEXT) {
            throw FactdeskException.badInput(setting + " is longer than " + MAX_TEXT + " characters");
        }
        return v;
    }

    /** An http(s) URL by the rules of evidence URLs; empty means not set. */
    static String url(String setting, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = EvidenceUrl.problem(value.strip());
        if (problem != null) {
            throw FactdeskException.badInput(setting + " '" + TerminalText.safe(value) + "' " + problem);
        }
        return value.strip();
    }

    /** A base URL the claim's "claim-ID" is added to: a "/" is added unless it ends in "/", "=" or "#". */
    static String base(String url) {
        return url == null || url.endsWith("/") || url.endsWith("=") || url.endsWith("#") ? url : url + "/";
    }

    static String zone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(value.strip()).getId();
        } catch (DateTimeException e) {
            throw FactdeskException.badInput("time-zone '" + TerminalText.safe(value)
                    + "' is not a time zone; use an IANA name such as Europe/Oslo or Asia/Ho_Chi_Minh");
        }
    }

    Publishing withPublisherName(String v) {
        return new Publishing(v, publisherUrl, reviewBaseUrl, reportTitle, timeZone);
    }

    Publishing withPublisherUrl(String v) {
        return new Publishing(publisherName, v, reviewBaseUrl, reportTitle, timeZone);
    }

    Publishing withReviewBaseUrl(String v) {
        return new Publishing(publisherName, publisherUrl, v, reportTitle, timeZone);
    }

    Publishing withReportTitle(String v) {
        return new Publishing(publisherName, publisherUrl, reviewBaseUrl, v, timeZone);
    }

    Publishing withTimeZone(String v) {
        return new Publishing(publisherName, publisherUrl, reviewBaseUrl, reportTitle, v);
    }
}
